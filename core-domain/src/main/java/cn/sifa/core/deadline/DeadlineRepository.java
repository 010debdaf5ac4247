package cn.sifa.core.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

/**
 * Every query here is limited to the caller's division subtree by the scope filter (system: everything).
 * Derived queries and specifications only: string JPQL costs every application seconds of parsing at start-up.
 */
interface DeadlineRepository extends JpaRepository<Deadline, UUID>, JpaSpecificationExecutor<Deadline> {

    /** The lock timeout that makes Hibernate add {@code skip locked} (Hibernate's {@code Timeouts.SKIP_LOCKED}). */
    String SKIP_LOCKED = "-2";

    Optional<Deadline> findByRecordIdAndKindAndState(UUID recordId, String kind, Deadline.State state);

    List<Deadline> findByRecordIdAndState(UUID recordId, Deadline.State state);

    boolean existsByRecordIdAndStateAndDueDateBefore(UUID recordId, Deadline.State state, LocalDate today);

    /**
     * Open, due between today and the last "due soon" day, and the assignee not told yet. The rows are locked
     * ({@code for update skip locked}) until the batch commits with its notifications: a second instance running the
     * job at the same time skips them, and once committed they no longer match. Each reminder goes out once even
     * when two instances run the job together (ShedLock's lock expired, or scheduling driven from elsewhere).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = SKIP_LOCKED))
    List<Deadline> findByStateAndNotifiedSoonAtIsNullAndDueDateBetweenOrderByDueDateAscIdAsc(
            Deadline.State state, LocalDate today, LocalDate lastSoonDay, Limit limit);

    /** Open, past due, and nobody told yet; locked like the "due soon" batch. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = SKIP_LOCKED))
    List<Deadline> findByStateAndNotifiedOverdueAtIsNullAndDueDateBeforeOrderByDueDateAscIdAsc(
            Deadline.State state, LocalDate today, Limit limit);

    /**
     * Deadlines whose date a change of the schedule between the two days may move, and those still provisional:
     * open ones (to move) and MET/MISSED ones (to judge again). Hours and expiries never depend on the schedule.
     */
    static Specification<Deadline> affectedBySchedule(LocalDate yearStart, LocalDate yearEnd) {
        return (root, query, cb) -> cb.and(
                root.get("state").in(Deadline.State.OPEN, Deadline.State.MET, Deadline.State.MISSED),
                cb.notEqual(root.get("unit"), DeadlineUnit.HOUR),
                cb.isFalse(root.get("expiry")),
                cb.or(cb.isTrue(root.get("provisional")),
                        cb.and(cb.greaterThanOrEqualTo(root.get("dueDate"), yearStart),
                                cb.lessThanOrEqualTo(root.get("anchorDate"), yearEnd))));
    }
}
