package cn.sifa.review.reconsideration;

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

/**
 * 申请人或第三人: a natural person (ID number) or a legal person / other organisation (credit code), with phone,
 * address and agent (委托代理人, 第17条). ID numbers and phones are personal data: lists mask them.
 */
@Entity
@Audited
@Table(name = "rv_party")
public class ReconsiderationParty {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reconsideration_id", nullable = false)
    private Reconsideration reconsideration;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private PartyRole role;

    @Enumerated(EnumType.STRING)
    private PartyKind kind;

    private String name;
    private String idNumber;
    private String creditCode;
    private String phone;
    private String address;
    private String agentName;
    private String agentPhone;

    protected ReconsiderationParty() {
    }

    public ReconsiderationParty(PartyKind kind, String name, String idNumber, String creditCode, String phone, String address,
                                String agentName, String agentPhone) {
        this.kind = kind;
        this.name = name;
        this.idNumber = idNumber;
        this.creditCode = creditCode;
        this.phone = phone;
        this.address = address;
        this.agentName = agentName;
        this.agentPhone = agentPhone;
    }

    void attach(Reconsideration owner, PartyRole role, int order) {
        this.reconsideration = owner;
        this.role = role;
        this.sortOrder = order;
    }

    public UUID getId() { return id; }
    public int getSortOrder() { return sortOrder; }
    public PartyRole getRole() { return role; }
    public PartyKind getKind() { return kind; }
    public String getName() { return name; }
    public String getIdNumber() { return idNumber; }
    public String getCreditCode() { return creditCode; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getAgentName() { return agentName; }
    public String getAgentPhone() { return agentPhone; }
}
