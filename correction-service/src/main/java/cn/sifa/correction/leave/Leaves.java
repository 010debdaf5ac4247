package cn.sifa.correction.leave;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import cn.sifa.core.error.NotFoundException;

public interface Leaves extends JpaRepository<LeaveRequest, UUID>, JpaSpecificationExecutor<LeaveRequest> {

    List<LeaveRequest> findBySubjectIdOrderByLeaveFromDescIdAsc(UUID subjectId);

    /** Days of the subject's approved (or returned) single trips starting from {@code since} up to {@code until}. */
    @Query("""
            select coalesce(sum(l.days), 0) from LeaveRequest l where l.subjectId = :subjectId and l.kind = cn.sifa.correction.leave.LeaveKind.SINGLE
               and l.status in (cn.sifa.correction.leave.LeaveStatus.APPROVED, cn.sifa.correction.leave.LeaveStatus.RETURNED)
               and l.leaveFrom between :since and :until""")
    long approvedDays(UUID subjectId, LocalDate since, LocalDate until);

    default LeaveRequest require(UUID subjectId, UUID id) {
        return findById(id).filter(l -> l.getSubjectId().equals(subjectId)).orElseThrow(() -> new NotFoundException("外出申请", id));
    }
}
