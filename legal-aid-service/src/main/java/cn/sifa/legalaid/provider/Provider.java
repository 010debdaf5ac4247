package cn.sifa.legalaid.provider;

import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;

/** 法律援助人员: a lawyer, a grassroots legal service worker or a volunteer on the county's roster. */
@Entity
@Table(name = "la_provider")
@Audited
public class Provider extends DivisionScopedEntity {

    /** Art 26: life-or-death cases need a lawyer with at least this many years of criminal practice. */
    public static final int LIFE_OR_DEATH_MIN_YEARS = 3;

    private String name;
    @Enumerated(EnumType.STRING)
    private ProviderKind kind;
    private String firm;
    private String licenceNo;
    private String phone;
    private LocalDate criminalPracticeSince;
    private boolean active = true;

    protected Provider() {
    }

    Provider(String divisionCode, String name, ProviderKind kind, String firm, String licenceNo, String phone,
             LocalDate criminalPracticeSince) {
        super(divisionCode);
        update(name, kind, firm, licenceNo, phone, criminalPracticeSince);
    }

    /** Full years of criminal practice on {@code on}; 0 when none is recorded. */
    public int criminalPracticeYears(LocalDate on) {
        return criminalPracticeSince == null || criminalPracticeSince.isAfter(on) ? 0
                : Period.between(criminalPracticeSince, on).getYears();
    }

    /** 法律援助法第二十六条: a lawyer with at least 3 years of criminal defence practice. */
    public boolean mayDefendLifeOrDeath(LocalDate on) {
        return kind == ProviderKind.LAWYER && criminalPracticeYears(on) >= LIFE_OR_DEATH_MIN_YEARS;
    }

    /** A provider of a county's roster serves that county and the divisions below it. */
    public boolean servesDivision(String divisionCode) {
        return divisionCode != null && divisionCode.startsWith(getDivisionCode());
    }

    /** 修改名册信息: everything but the division and whether the provider is on the roster. */
    void update(String name, ProviderKind kind, String firm, String licenceNo, String phone, LocalDate criminalPracticeSince) {
        this.name = name;
        this.kind = kind;
        this.firm = firm;
        this.licenceNo = licenceNo;
        this.phone = phone;
        this.criminalPracticeSince = criminalPracticeSince;
    }

    void deactivate() {
        this.active = false;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getFirm() {
        return firm;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getCriminalPracticeSince() {
        return criminalPracticeSince;
    }

    public boolean isActive() {
        return active;
    }
}
