package cn.sifa.correction.subject;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckIns extends JpaRepository<CheckIn, UUID> {
}
