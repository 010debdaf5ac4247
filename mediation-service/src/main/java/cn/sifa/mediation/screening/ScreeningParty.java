package cn.sifa.mediation.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.sifa.mediation.dispute.PartyKind;
import cn.sifa.mediation.dispute.PartyRole;

/** A party found by a screening; copied onto the case when the screening becomes one. */
@Embeddable
public class ScreeningParty {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyKind kind;

    @Column(nullable = false)
    private String name;

    private String idNumber;
    private String creditCode;
    private String phone;

    protected ScreeningParty() {
    }

    public ScreeningParty(PartyRole role, PartyKind kind, String name, String idNumber, String creditCode, String phone) {
        this.role = role;
        this.kind = kind;
        this.name = name;
        this.idNumber = idNumber;
        this.creditCode = creditCode;
        this.phone = phone;
    }

    public PartyRole getRole() {
        return role;
    }

    public PartyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getPhone() {
        return phone;
    }
}
