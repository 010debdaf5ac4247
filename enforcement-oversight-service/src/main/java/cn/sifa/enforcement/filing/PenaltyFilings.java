package cn.sifa.enforcement.filing;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface PenaltyFilings extends JpaRepository<PenaltyFiling, UUID>, JpaSpecificationExecutor<PenaltyFiling> {

    default PenaltyFiling require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("重大行政处罚备案", id));
    }
}
