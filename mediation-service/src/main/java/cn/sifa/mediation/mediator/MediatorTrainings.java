package cn.sifa.mediation.mediator;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository
interface MediatorTrainings extends JpaRepository<MediatorTraining, UUID> {

    List<MediatorTraining> findByMediatorIdOrderByTrainedOnDescCreatedAtDesc(UUID mediatorId);
}
