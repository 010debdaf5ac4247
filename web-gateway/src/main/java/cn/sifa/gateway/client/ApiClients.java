package cn.sifa.gateway.client;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiClients extends JpaRepository<ApiClient, UUID> {

    Optional<ApiClient> findByClientId(String clientId);

    boolean existsByClientId(String clientId);

    @Query("""
            select c from ApiClient c
            where (:q is null or lower(c.clientId) like lower(concat('%', cast(:q as string), '%'))
                   or c.name like concat('%', cast(:q as string), '%'))
            """)
    Page<ApiClient> search(@Param("q") String q, Pageable pageable);
}
