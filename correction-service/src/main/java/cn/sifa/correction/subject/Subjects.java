package cn.sifa.correction.subject;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Subjects extends JpaRepository<Subject, UUID>, JpaSpecificationExecutor<Subject> {

    /** The first subjects of a division and court in a state (oldest judgments first): demo data hangs sub-records on them. */
    List<Subject> findTop20ByDivisionCodeAndDecidingAuthorityAndStatusOrderByJudgmentEffectiveOnAscIdAsc(String divisionCode,
            String decidingAuthority, SubjectStatus status);

    default Subject require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("社区矫正对象", id));
    }
}
