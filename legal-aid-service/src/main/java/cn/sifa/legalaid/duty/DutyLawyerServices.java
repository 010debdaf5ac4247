package cn.sifa.legalaid.duty;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface DutyLawyerServices extends JpaRepository<DutyLawyerService, UUID>, JpaSpecificationExecutor<DutyLawyerService> {

    default DutyLawyerService require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("值班律师服务记录", id));
    }
}
