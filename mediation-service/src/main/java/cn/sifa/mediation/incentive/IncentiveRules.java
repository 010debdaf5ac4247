package cn.sifa.mediation.incentive;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Repository;

@Repository
public interface IncentiveRules extends JpaRepository<IncentiveRule, UUID>, JpaSpecificationExecutor<IncentiveRule> {
}
