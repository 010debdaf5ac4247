package cn.sifa.mediation.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.mediation.mediator.Gender;

/**
 * A 人民调解委员会 (人民调解法 Arts 8–12). Its composition rules (3 to 9 members, one 主任, a woman) are checked
 * as warnings rather than refusals, because a bureau must be able to record a committee as it really is and then
 * see what to fix. The term is 3 years (Art 9).
 */
@Entity
@Table(name = "med_committee")
public class Committee extends DivisionScopedEntity {

    public static final int TERM_YEARS = 3;
    public static final int MIN_MEMBERS = 3;
    public static final int MAX_MEMBERS = 9;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitteeType type;

    private UUID organizationId;
    private String address;
    private String phone;
    private LocalDate establishedOn;

    @Column(nullable = false)
    private LocalDate termStartOn;

    @Column(nullable = false)
    private LocalDate termEndsOn;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "med_committee_member", joinColumns = @JoinColumn(name = "committee_id"))
    @OrderColumn(name = "sort_order")
    private List<CommitteeMember> members = new ArrayList<>();

    protected Committee() {
    }

    public Committee(String divisionCode, String name, CommitteeType type, LocalDate establishedOn, LocalDate termStartOn,
                     String address, String phone, UUID organizationId, List<CommitteeMember> members) {
        super(divisionCode);
        this.name = name;
        this.type = type;
        this.establishedOn = establishedOn;
        this.address = address;
        this.phone = phone;
        this.organizationId = organizationId;
        startTerm(termStartOn, members);
    }

    /** A new term (换届): new members, a new 3-year term counted from {@code termStartOn}. */
    public void startTerm(LocalDate termStartOn, List<CommitteeMember> members) {
        this.termStartOn = termStartOn;
        this.termEndsOn = termEndOf(termStartOn);
        this.members.clear();
        this.members.addAll(members);
    }

    public void update(String name, CommitteeType type, String address, String phone, boolean active, List<CommitteeMember> members) {
        this.name = name;
        this.type = type;
        this.address = address;
        this.phone = phone;
        this.active = active;
        this.members.clear();
        this.members.addAll(members);
    }

    /** The last day of a term that starts on {@code start}: 3 years less a day. */
    public static LocalDate termEndOf(LocalDate start) {
        return start.plusYears(TERM_YEARS).minusDays(1);
    }

    /** What does not meet 人民调解法 Art 9; empty when the committee is properly composed. */
    public List<CompositionWarning> warnings() {
        List<CompositionWarning> warnings = new ArrayList<>();
        int size = members.size();
        if (size < MIN_MEMBERS || size > MAX_MEMBERS) {
            warnings.add(new CompositionWarning("member-count",
                    "委员应为三至九人,现有 " + size + " 人(《人民调解法》第九条)"));
        }
        long directors = members.stream().filter(m -> m.getOffice() == MemberPosition.DIRECTOR).count();
        if (directors != 1) {
            warnings.add(new CompositionWarning("director",
                    directors == 0 ? "未设主任(《人民调解法》第九条:设主任一人)" : "主任应为一人,现有 " + directors + " 人"));
        }
        if (members.stream().noneMatch(m -> m.getGender() == Gender.FEMALE)) {
            warnings.add(new CompositionWarning("no-woman", "委员中应当有妇女成员(《人民调解法》第九条)"));
        }
        return warnings;
    }

    public String getName() {
        return name;
    }

    public CommitteeType getType() {
        return type;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public LocalDate getTermStartOn() {
        return termStartOn;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public boolean isActive() {
        return active;
    }

    public List<CommitteeMember> getMembers() {
        return List.copyOf(members);
    }
}
