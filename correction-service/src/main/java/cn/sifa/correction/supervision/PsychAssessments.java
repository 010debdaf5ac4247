package cn.sifa.correction.supervision;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PsychAssessments extends JpaRepository<PsychAssessment, UUID> {
}
