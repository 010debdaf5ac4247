package cn.sifa.enforcement.complaint;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Complaints extends JpaRepository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

    default Complaint require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("执法投诉", id));
    }
}
