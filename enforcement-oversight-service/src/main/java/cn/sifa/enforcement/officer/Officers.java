package cn.sifa.enforcement.officer;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Officers extends JpaRepository<Officer, UUID>, JpaSpecificationExecutor<Officer> {

    boolean existsByCertificateNo(String certificateNo);

    default Officer require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("执法人员", id));
    }
}
