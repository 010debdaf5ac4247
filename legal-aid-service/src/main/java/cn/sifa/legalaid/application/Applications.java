package cn.sifa.legalaid.application;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Applications extends JpaRepository<Application, UUID>, JpaSpecificationExecutor<Application> {

    default Application require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("法律援助申请", id));
    }

    boolean existsByApplicationNo(String applicationNo);
}
