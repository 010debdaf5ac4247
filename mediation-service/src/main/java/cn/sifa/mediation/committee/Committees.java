package cn.sifa.mediation.committee;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Repository;

@Repository
public interface Committees extends JpaRepository<Committee, UUID>, JpaSpecificationExecutor<Committee> {
}
