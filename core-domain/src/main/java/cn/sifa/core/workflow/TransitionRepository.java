package cn.sifa.core.workflow;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitionRepository extends JpaRepository<HistoryEntry, UUID> {

    List<HistoryEntry> findByRecordIdOrderByRecordedAtAscCreatedAtAsc(UUID recordId);
}
