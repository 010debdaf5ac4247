package cn.sifa.enforcement.action;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface ReportedActions extends JpaRepository<ReportedAction, UUID>, JpaSpecificationExecutor<ReportedAction> {

    default ReportedAction require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("执法行为", id));
    }
}
