package cn.sifa.enforcement.leniency;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface LenientDecisions extends JpaRepository<LenientDecision, UUID>, JpaSpecificationExecutor<LenientDecision> {

    default LenientDecision require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("不予处罚决定", id));
    }
}
