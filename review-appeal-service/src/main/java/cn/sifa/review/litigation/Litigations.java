package cn.sifa.review.litigation;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Litigations extends JpaRepository<Litigation, UUID>, JpaSpecificationExecutor<Litigation> {

    boolean existsByDivisionCodeAndCourtCaseNoEndingWith(String divisionCode, String suffix);

    default Litigation require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("行政应诉案件", id));
    }
}
