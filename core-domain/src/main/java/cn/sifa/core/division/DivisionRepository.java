package cn.sifa.core.division;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DivisionRepository extends JpaRepository<Division, String> {

    List<Division> findByParentCodeOrderByCode(String parentCode);

    List<Division> findByParentCodeIsNullOrderByCode();
}
