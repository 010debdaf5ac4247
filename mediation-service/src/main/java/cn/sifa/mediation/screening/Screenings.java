package cn.sifa.mediation.screening;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Repository;

@Repository
public interface Screenings extends JpaRepository<Screening, UUID>, JpaSpecificationExecutor<Screening> {
}
