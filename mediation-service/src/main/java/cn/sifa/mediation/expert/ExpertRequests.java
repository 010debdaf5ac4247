package cn.sifa.mediation.expert;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Repository;

@Repository
public interface ExpertRequests extends JpaRepository<ExpertRequest, UUID>, JpaSpecificationExecutor<ExpertRequest> {
}
