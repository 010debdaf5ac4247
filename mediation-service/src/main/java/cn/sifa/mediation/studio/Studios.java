package cn.sifa.mediation.studio;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Studios extends JpaRepository<Studio, UUID>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Studio> {
}
