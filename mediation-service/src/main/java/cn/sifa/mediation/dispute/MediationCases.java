package cn.sifa.mediation.dispute;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Repository;

@Repository
public interface MediationCases extends JpaRepository<MediationCase, UUID>, JpaSpecificationExecutor<MediationCase> {
}
