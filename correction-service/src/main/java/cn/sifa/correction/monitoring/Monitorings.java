package cn.sifa.correction.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Monitorings extends JpaRepository<Monitoring, UUID> {

    List<Monitoring> findBySubjectIdOrderByCreatedAtDesc(UUID subjectId);

    Optional<Monitoring> findBySubjectIdAndStatus(UUID subjectId, MonitoringStatus status);
}
