package cn.sifa.correction.transfer;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.sifa.core.error.NotFoundException;

public interface Transfers extends JpaRepository<Transfer, UUID> {

    List<Transfer> findBySubjectIdOrderByAppliedOnDescIdAsc(UUID subjectId);

    boolean existsBySubjectIdAndStatusIn(UUID subjectId, List<TransferStatus> status);

    default Transfer require(UUID subjectId, UUID id) {
        return findById(id).filter(t -> t.getSubjectId().equals(subjectId)).orElseThrow(() -> new NotFoundException("执行地变更", id));
    }
}
