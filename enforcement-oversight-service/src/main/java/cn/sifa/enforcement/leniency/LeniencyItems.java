package cn.sifa.enforcement.leniency;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface LeniencyItems extends JpaRepository<LeniencyItem, UUID>, JpaSpecificationExecutor<LeniencyItem> {

    default LeniencyItem require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("免罚轻罚清单事项", id));
    }
}
