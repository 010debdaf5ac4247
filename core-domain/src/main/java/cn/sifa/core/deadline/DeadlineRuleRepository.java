package cn.sifa.core.deadline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, Long> {

    Optional<DeadlineRule> findByCodeAndProvinceCode(String code, String provinceCode);

    Optional<DeadlineRule> findByCodeAndProvinceCodeIsNull(String code);

    List<DeadlineRule> findByCode(String code);

    @Query(value = """
            select r from DeadlineRule r
            where (:code is null or r.code = :code)
              and (:provinceCode is null or r.provinceCode is null or r.provinceCode = :provinceCode)
            order by r.code, case when r.provinceCode is null then 0 else 1 end, r.provinceCode
            """,
            countQuery = """
            select count(r) from DeadlineRule r
            where (:code is null or r.code = :code)
              and (:provinceCode is null or r.provinceCode is null or r.provinceCode = :provinceCode)
            """)
    Page<DeadlineRule> search(String code, String provinceCode, Pageable pageable);
}
