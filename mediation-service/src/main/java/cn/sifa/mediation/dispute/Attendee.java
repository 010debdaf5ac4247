package cn.sifa.mediation.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Someone present at a session besides the mediators. */
@Embeddable
public class Attendee {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendeeKind kind;

    /** e.g. 申请人之子, 村委会主任; empty rather than null because it is part of the row's key. */
    @Column(nullable = false)
    private String relation = "";

    protected Attendee() {
    }

    public Attendee(String name, AttendeeKind kind, String relation) {
        this.name = name;
        this.kind = kind;
        this.relation = relation == null ? "" : relation;
    }

    public String getName() {
        return name;
    }

    public AttendeeKind getKind() {
        return kind;
    }

    public String getRelation() {
        return relation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attendee a && a.name.equals(name) && a.kind == kind && a.relation.equals(relation);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, kind, relation);
    }
}
