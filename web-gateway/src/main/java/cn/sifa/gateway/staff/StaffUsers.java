package cn.sifa.gateway.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffUsers extends JpaRepository<StaffUser, UUID> {

    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from StaffUser u
            where (:q is null or lower(u.username) like lower(concat('%', cast(:q as string), '%'))
                   or u.displayName like concat('%', cast(:q as string), '%'))
            """)
    Page<StaffUser> search(@Param("q") String q, Pageable pageable);

    @Query(value = "select * from core_user where organization_id = :org and enabled and :role = any(roles) order by username",
            nativeQuery = true)
    List<StaffUser> findEnabledByOrganizationAndRole(@Param("org") UUID organizationId, @Param("role") String role);
}
