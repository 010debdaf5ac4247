package cn.sifa.core.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Every query here is limited to the caller's division subtree by the scope filter (system: everything). */
interface DeadlineRepository extends JpaRepository<Deadline, UUID>, JpaSpecificationExecutor<Deadline> {

    List<Deadline> findByRecordIdOrderByDueDateAscCreatedAtAsc(UUID recordId);

    Optional<Deadline> findByRecordIdAndKindAndState(UUID recordId, String kind, Deadline.State state);

    List<Deadline> findByRecordIdAndState(UUID recordId, Deadline.State state);

    boolean existsByRecordIdAndStateAndDueDateBefore(UUID recordId, Deadline.State state, LocalDate today);

    long countByStateAndProvisionalTrue(Deadline.State state);

    @Query("""
            select d from Deadline d
            where d.state = :open and d.notifiedSoonAt is null and d.dueDate between :today and :lastSoonDay
            order by d.dueDate, d.id
            """)
    List<Deadline> dueSoonNotYetNotified(Deadline.State open, LocalDate today, LocalDate lastSoonDay, Limit limit);

    @Query("""
            select d from Deadline d
            where d.state = :open and d.notifiedOverdueAt is null and d.dueDate < :today
            order by d.dueDate, d.id
            """)
    List<Deadline> overdueNotYetNotified(Deadline.State open, LocalDate today, Limit limit);

    /** Open deadlines whose date a change of {@code year}'s schedule may move, and those still provisional. */
    @Query("""
            select d from Deadline d
            where d.state = :open and d.unit <> :hour
              and (d.provisional = true or (d.dueDate >= :yearStart and d.anchorDate <= :yearEnd))
            """)
    List<Deadline> affectedByScheduleOf(Deadline.State open, DeadlineUnit hour, LocalDate yearStart, LocalDate yearEnd);
}
