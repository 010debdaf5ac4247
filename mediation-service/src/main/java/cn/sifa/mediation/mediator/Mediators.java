package cn.sifa.mediation.mediator;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Repository;

@Repository
public interface Mediators extends JpaRepository<Mediator, UUID>, JpaSpecificationExecutor<Mediator> {

    List<Mediator> findByIdIn(Collection<UUID> ids);

    List<Mediator> findByUsername(String username);
}
