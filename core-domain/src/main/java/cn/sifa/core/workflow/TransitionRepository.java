package cn.sifa.core.workflow;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitionRepository extends JpaRepository<Transition, UUID> {

    List<Transition> findByRecordIdOrderByRecordedAtAscCreatedAtAsc(UUID recordId);
}
