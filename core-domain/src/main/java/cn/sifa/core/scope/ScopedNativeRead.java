package cn.sifa.core.scope;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * Reads the rows of a record's part (its deadlines, its history) as managed entities through native SQL whose
 * division condition is written out ({@link DivisionScope#within(String, String)}, bound to the caller's prefix).
 * <p>
 * Why not a derived query: Hibernate translates a JPQL query anew on every run while any filter is enabled (it keeps
 * no plan, {@code SqmInterpretationsKey.isCacheable}), and the {@code divisionScope} filter is enabled in every
 * session. For the two reads every detail view makes, that translation was a quarter of a case lookup's CPU
 * (issue 15 profile). Native SQL is not filtered, hence the explicit condition; the query names its entity's table,
 * so Hibernate flushes pending changes of that entity before it runs, as it would for the JPQL query.
 */
public final class ScopedNativeRead {

    private ScopedNativeRead() {
    }

    /** {@code sql} selects {@code type}'s columns, with the parameters {@code :recordId} and {@code :prefix}. */
    public static <T> List<T> list(EntityManager entityManager, Class<T> type, String sql, UUID recordId) {
        @SuppressWarnings("unchecked")
        NativeQuery<T> query = entityManager.createNativeQuery(sql, type).unwrap(NativeQuery.class);
        return query.addSynchronizedEntityClass(type)
                .setParameter("recordId", recordId)
                .setParameter("prefix", DivisionPrefixResolver.currentPrefix())
                .getResultList();
    }
}
