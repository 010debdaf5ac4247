package cn.sifa.correction.supervision;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HomeVisits extends JpaRepository<HomeVisit, UUID> {
}
