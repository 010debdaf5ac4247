package cn.sifa.enforcement.agency;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Agencies extends JpaRepository<Agency, UUID>, JpaSpecificationExecutor<Agency> {

    boolean existsByDivisionCodeAndName(String divisionCode, String name);

    /** In the caller's scope, else 404 (the division filter hides the rest). */
    default Agency require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("执法主体", id));
    }
}
