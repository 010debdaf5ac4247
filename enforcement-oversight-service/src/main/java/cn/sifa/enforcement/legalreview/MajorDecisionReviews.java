package cn.sifa.enforcement.legalreview;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface MajorDecisionReviews extends JpaRepository<MajorDecisionReview, UUID>, JpaSpecificationExecutor<MajorDecisionReview> {

    default MajorDecisionReview require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("法制审核", id));
    }
}
