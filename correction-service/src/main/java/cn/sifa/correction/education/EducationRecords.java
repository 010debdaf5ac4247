package cn.sifa.correction.education;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EducationRecords extends JpaRepository<EducationRecord, UUID> {

    List<EducationRecord> findBySubjectIdAndKindOrderByHeldOnDescIdAsc(UUID subjectId, ActivityKind kind);
}
