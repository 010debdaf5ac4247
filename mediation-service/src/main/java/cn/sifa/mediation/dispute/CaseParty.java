package cn.sifa.mediation.dispute;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** A party to the dispute: a natural person (ID number) or an organization (unified social credit code). */
@Entity
@Audited
@Table(name = "med_case_party")
public class CaseParty {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MediationCase mediationCase;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

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

    protected CaseParty() {
    }

    public CaseParty(PartyRole role, PartyKind kind, String name, String idNumber, String creditCode, String phone) {
        this.role = role;
        this.kind = kind;
        this.name = name;
        this.idNumber = idNumber;
        this.creditCode = creditCode;
        this.phone = phone;
    }

    /** Corrects the party's details (the case's edit); returns whether anything changed. */
    boolean update(PartyRole role, PartyKind kind, String name, String idNumber, String creditCode, String phone) {
        boolean changed = this.role != role || this.kind != kind || !java.util.Objects.equals(this.name, name)
                || !java.util.Objects.equals(this.idNumber, idNumber) || !java.util.Objects.equals(this.creditCode, creditCode)
                || !java.util.Objects.equals(this.phone, phone);
        this.role = role;
        this.kind = kind;
        this.name = name;
        this.idNumber = idNumber;
        this.creditCode = creditCode;
        this.phone = phone;
        return changed;
    }

    void attach(MediationCase owner, int order) {
        this.mediationCase = owner;
        this.sortOrder = order;
    }

    public UUID getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
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
