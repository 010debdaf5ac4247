package cn.sifa.mediation.expert;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

@Repository
public interface ExpertRequests extends JpaRepository<ExpertRequest, UUID>, JpaSpecificationExecutor<ExpertRequest> {
}
