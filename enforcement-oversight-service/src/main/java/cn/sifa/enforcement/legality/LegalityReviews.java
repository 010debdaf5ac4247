package cn.sifa.enforcement.legality;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface LegalityReviews extends JpaRepository<LegalityReview, UUID>, JpaSpecificationExecutor<LegalityReview> {

    default LegalityReview require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("合法性审查", id));
    }
}
