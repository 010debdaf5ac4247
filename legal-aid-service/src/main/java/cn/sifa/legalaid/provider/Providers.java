package cn.sifa.legalaid.provider;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface Providers extends JpaRepository<Provider, UUID>, JpaSpecificationExecutor<Provider> {

    default Provider require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("法律援助人员", id));
    }

    boolean existsByDivisionCodeAndLicenceNo(String divisionCode, String licenceNo);
}
