package cn.sifa.mediation.committee;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.sifa.mediation.mediator.Gender;

/** A member of the committee (委员), with the office held. */
@Embeddable
public class CommitteeMember {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberPosition office;

    @Column(nullable = false)
    private boolean ethnicMinority;

    private UUID mediatorId;

    protected CommitteeMember() {
    }

    public CommitteeMember(String name, Gender gender, MemberPosition office, boolean ethnicMinority, UUID mediatorId) {
        this.name = name;
        this.gender = gender;
        this.office = office;
        this.ethnicMinority = ethnicMinority;
        this.mediatorId = mediatorId;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public MemberPosition getOffice() {
        return office;
    }

    public boolean isEthnicMinority() {
        return ethnicMinority;
    }

    public UUID getMediatorId() {
        return mediatorId;
    }
}
