package cn.sifa.correction.subject;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Measures extends JpaRepository<Measure, UUID> {

    List<Measure> findBySubjectIdOrderByDecidedOnAscCreatedAtAsc(UUID subjectId);
}
