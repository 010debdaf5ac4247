package cn.sifa.correction.assessment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Investigations extends JpaRepository<Investigation, UUID>, JpaSpecificationExecutor<Investigation> {

    default Investigation require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("调查评估", id));
    }
}
