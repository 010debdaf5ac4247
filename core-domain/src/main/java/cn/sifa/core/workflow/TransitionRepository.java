package cn.sifa.core.workflow;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitionRepository extends JpaRepository<HistoryEntry, UUID> {

}
