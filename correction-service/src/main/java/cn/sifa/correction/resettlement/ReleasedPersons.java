package cn.sifa.correction.resettlement;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.sifa.core.error.NotFoundException;

public interface ReleasedPersons extends JpaRepository<ReleasedPerson, UUID>, JpaSpecificationExecutor<ReleasedPerson> {

    boolean existsBySourceSubjectId(UUID subjectId);

    default ReleasedPerson require(UUID id) {
        return findById(id).orElseThrow(() -> new NotFoundException("刑满释放人员", id));
    }
}
