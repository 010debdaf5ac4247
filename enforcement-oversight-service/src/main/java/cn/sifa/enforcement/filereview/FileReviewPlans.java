package cn.sifa.enforcement.filereview;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface FileReviewPlans extends JpaRepository<FileReviewPlan, UUID>, JpaSpecificationExecutor<FileReviewPlan> {

    default FileReviewPlan require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("评查计划", id));
    }
}
