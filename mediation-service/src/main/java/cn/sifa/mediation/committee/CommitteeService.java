package cn.sifa.mediation.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.web.Etags;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.mediation.committee.CommitteeRequests.CreateCommitteeRequest;
import cn.sifa.mediation.committee.CommitteeRequests.MemberRequest;
import cn.sifa.mediation.committee.CommitteeRequests.RenewCommitteeRequest;
import cn.sifa.mediation.committee.CommitteeRequests.UpdateCommitteeRequest;
import cn.sifa.mediation.dispute.MediationDeadlines;

/** Committees and their terms: each term opens the 3-year term deadline and the renewal reminder before it. */
@Service
@Transactional
public class CommitteeService {

    private final Committees committees;
    private final DivisionScope scope;
    private final Deadlines deadlines;

    private final Clock clock;
    private final Listing listing;

    CommitteeService(Committees committees, DivisionScope scope, Deadlines deadlines, Clock clock, Listing listing) {
        this.clock = clock;
        this.listing = listing;
        this.committees = committees;
        this.scope = scope;
        this.deadlines = deadlines;
    }

    public Committee create(CreateCommitteeRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate today = StepDates.today(clock);
        LocalDate start = r.termStartOn() == null ? today : r.termStartOn();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "termStartOn", start, today);
        StepDates.notInFuture(errors, "establishedOn", r.establishedOn(), today);
        if (r.establishedOn() != null && start.isBefore(r.establishedOn())) {
            errors.add("termStartOn", "date-order", "任期起始日期不能早于设立日期");
        }
        errors.throwIfAny();
        Committee c = new Committee(division, r.name().trim(), r.type(), r.establishedOn(), start, r.address(), r.phone(),
                CurrentCaller.get().organizationId(), members(r.members()));
        committees.saveAndFlush(c);
        openTerm(c);
        return c;
    }

    public Committee update(UUID id, String ifMatch, UpdateCommitteeRequest r) {
        Committee c = load(id);
        Etags.checkIfMatch(ifMatch, c.getVersion());
        c.update(r.name().trim(), r.type(), r.address(), r.phone(), r.active() == null || r.active(), members(r.members()));
        committees.saveAndFlush(c);
        return c;
    }

    /** 换届: the old term's deadlines are met on the new term's first day, and the new term's are opened. */
    public Committee renew(UUID id, String ifMatch, RenewCommitteeRequest r) {
        Committee c = load(id);
        Etags.checkIfMatch(ifMatch, c.getVersion());
        LocalDate today = StepDates.today(clock);
        LocalDate start = r.termStartOn() == null ? today : r.termStartOn();
        StepDates.require("termStartOn", start, today, c.getTermStartOn().plusDays(1), null);
        deadlines.meet(c.getId(), MediationDeadlines.COMMITTEE_TERM, start);
        deadlines.meet(c.getId(), MediationDeadlines.COMMITTEE_RENEWAL_REMINDER, start);
        c.startTerm(start, members(r.members()));
        committees.saveAndFlush(c);
        openTerm(c);
        return c;
    }

    private void openTerm(Committee c) {
        DeadlineTarget target = new DeadlineTarget(MediationDeadlines.COMMITTEE_RECORD_TYPE, c.getId(), c.getDivisionCode(),
                null, c.getOrganizationId(), c.getName(), "/mediation/committees/" + c.getId());
        // COMMITTEE_TERM is an expiry rule (36 months, the first day counted, never rolled over): its due date is
        // termEndsOn, the one term end every screen shows.
        deadlines.open(target, MediationDeadlines.COMMITTEE_TERM, c.getTermStartOn());
        deadlines.open(target, MediationDeadlines.COMMITTEE_RENEWAL_REMINDER, c.getTermStartOn());
    }

    @Transactional(readOnly = true)
    public Committee load(UUID id) {
        return committees.findById(id).orElseThrow(() -> new NotFoundException("调委会", id));
    }

    @Transactional(readOnly = true)
    public CommitteeView view(UUID id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public ListPage<CommitteeView> list(String divisionCode, CommitteeType type, String q, Boolean termEndingBefore, Pageable pageable) {
        LocalDate endingBy = StepDates.today(clock).plusMonths(3);
        Specification<Committee> spec = Filters.of(Committee.class)
                .division(scope, divisionCode)
                .eq("type", type)
                .text(q, "name")
                .and(Boolean.TRUE.equals(termEndingBefore)
                        ? (root, query, cb) -> cb.lessThanOrEqualTo(root.<LocalDate>get("termEndsOn"), endingBy) : null)
                .build();
        return listing.page(Committee.class, spec, pageable, rows -> rows.stream().map(this::view).toList());
    }

    CommitteeView view(Committee c) {
        return new CommitteeView(c.getId(), c.getDivisionCode(), c.getName(), c.getType(), c.getType().label(),
                c.getEstablishedOn(), c.getTermStartOn(), c.getTermEndsOn(), c.getAddress(), c.getPhone(), c.isActive(),
                c.getMembers().stream().map(m -> new CommitteeView.MemberView(m.getName(), m.getGender(), m.getOffice(),
                        m.getOffice().label(), m.isEthnicMinority(), m.getMediatorId())).toList(),
                c.warnings(), deadlines.of(c.getId()), c.getVersion());
    }

    private static List<CommitteeMember> members(List<MemberRequest> requests) {
        return requests.stream().map(m -> new CommitteeMember(m.name().trim(), m.gender(), m.position(),
                Boolean.TRUE.equals(m.ethnicMinority()), m.mediatorId())).toList();
    }
}
