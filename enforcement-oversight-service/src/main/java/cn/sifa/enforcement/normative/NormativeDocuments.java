package cn.sifa.enforcement.normative;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface NormativeDocuments extends JpaRepository<NormativeDocument, UUID>, JpaSpecificationExecutor<NormativeDocument> {

    boolean existsByDivisionCodeAndDocumentNo(String divisionCode, String documentNo);

    default NormativeDocument require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("规范性文件", id));
    }
}
