package cn.sifa.enforcement.filereview;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface FileReviews extends JpaRepository<FileReview, UUID>, JpaSpecificationExecutor<FileReview> {

    /** The files a plan drew (in the caller's scope), in id order. */
    java.util.List<FileReview> findByPlanIdOrderById(UUID planId);

    default FileReview require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("评查案卷", id));
    }
}
