package cn.sifa.legalaid.consultation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Consultations extends JpaRepository<Consultation, UUID>, JpaSpecificationExecutor<Consultation> {

    default Consultation require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("法律咨询记录", id));
    }
}
