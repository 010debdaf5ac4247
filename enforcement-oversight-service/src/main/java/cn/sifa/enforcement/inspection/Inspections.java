package cn.sifa.enforcement.inspection;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Inspections extends JpaRepository<Inspection, UUID>, JpaSpecificationExecutor<Inspection> {

    default Inspection require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("涉企检查", id));
    }
}
