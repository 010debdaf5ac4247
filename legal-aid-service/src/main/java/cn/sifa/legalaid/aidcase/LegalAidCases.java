package cn.sifa.legalaid.aidcase;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface LegalAidCases extends JpaRepository<LegalAidCase, UUID>, JpaSpecificationExecutor<LegalAidCase> {

    default LegalAidCase require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("法律援助案件", id));
    }

    boolean existsByCaseNo(String caseNo);
}
