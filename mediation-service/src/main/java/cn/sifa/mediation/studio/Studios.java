package cn.sifa.mediation.studio;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository
public interface Studios extends JpaRepository<Studio, UUID>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Studio> {
}
