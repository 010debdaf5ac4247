package cn.sifa.mediation.dispute;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** Spring Data fragment of {@link MediationCases}: {@code select 1 from med_case where … fetch first :limit rows only}. */
class MediationCaseCountImpl implements MediationCaseCount {

    @PersistenceContext
    private EntityManager em;

    @Override
    public long countAtMost(Specification<MediationCase> spec, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
        Root<MediationCase> root = query.from(MediationCase.class);
        Predicate where = spec.toPredicate(root, query, cb);
        // A constant, not the id: PostgreSQL can answer from the index alone.
        query.select(cb.literal(1));
        if (where != null) {
            query.where(where);
        }
        return em.createQuery(query).setMaxResults(limit).getResultList().size();
    }
}
