package cn.sifa.review.litigation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Accountabilities extends JpaRepository<Accountability, UUID> {

    List<Accountability> findByLitigationIdOrderByDecidedOnAscIdAsc(UUID litigationId);
}
