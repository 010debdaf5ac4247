package cn.sifa.core.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

// Derived queries and specifications only: string JPQL costs every application seconds of parsing at start-up.
interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, Long>, JpaSpecificationExecutor<DeadlineRule> {

    Optional<DeadlineRule> findByCodeAndProvinceCode(String code, String provinceCode);

    Optional<DeadlineRule> findByCodeAndProvinceCodeIsNull(String code);

    /** Rules of a code (any, when null), national defaults and the given province's (all, when null); by code, national first. */
    static Specification<DeadlineRule> search(String code, String provinceCode) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (code != null) {
                where.add(cb.equal(root.get("code"), code));
            }
            if (provinceCode != null) {
                where.add(cb.or(cb.isNull(root.get("provinceCode")), cb.equal(root.get("provinceCode"), provinceCode)));
            }
            // Not on the count query that paging runs with the same specification.
            if (query != null && !Long.class.equals(query.getResultType())) {
                query.orderBy(cb.asc(root.get("code")),
                        cb.asc(cb.selectCase().when(cb.isNull(root.get("provinceCode")), 0).otherwise(1)),
                        cb.asc(root.get("provinceCode")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
