package cn.sifa.core.scope;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScopedThings extends JpaRepository<ScopedThing, UUID> {

    @Query("select t from ScopedThing t where t.label like :label%")
    List<ScopedThing> findByLabelPrefix(String label);
}
