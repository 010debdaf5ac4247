package cn.sifa.review.reconsideration;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Reconsiderations extends JpaRepository<Reconsideration, UUID>, JpaSpecificationExecutor<Reconsideration> {

    default Reconsideration require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("行政复议案件", id));
    }
}
