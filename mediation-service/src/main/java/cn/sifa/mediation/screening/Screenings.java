package cn.sifa.mediation.screening;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

@Repository
public interface Screenings extends JpaRepository<Screening, UUID>, JpaSpecificationExecutor<Screening> {
}
