package cn.sifa.core.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import cn.sifa.core.scope.DivisionScope;

/**
 * The filters a list offers, as one {@link Specification}: the division (only when the request narrows the
 * caller's scope, which the division-scope filter already applies), equality, free text, date ranges and any
 * specification of the feature's own. Null values add nothing, so a filter parameter that was not sent does not
 * filter.
 */
public final class Filters<T> {

    private final List<Specification<T>> clauses = new ArrayList<>();

    private Filters() {
    }

    public static <T> Filters<T> of(Class<T> type) {
        return new Filters<>();
    }

    /**
     * Limits to the division a request names ({@code divisionCode} parameter), inside the caller's scope; nothing
     * when none is named, because the caller's whole scope is already applied to every query.
     */
    public Filters<T> division(DivisionScope scope, String requested) {
        String prefix = scope.narrowTo(requested);
        if (!prefix.equals(scope.sqlPrefix())) {
            clauses.add((root, query, cb) -> startsWith(cb, root.get("divisionCode"), prefix));
        }
        return this;
    }

    /**
     * {@code starts_with(code, prefix)}: leakproof, so PostgreSQL can use it in the index scan under the row-level
     * security policy, where a {@code LIKE} would only filter the policy's range (see {@link DivisionScope#within}).
     */
    public static jakarta.persistence.criteria.Predicate startsWith(jakarta.persistence.criteria.CriteriaBuilder cb,
                                                                    jakarta.persistence.criteria.Expression<String> code, String prefix) {
        return cb.isTrue(cb.function("starts_with", Boolean.class, code, cb.literal(prefix)));
    }

    public Filters<T> eq(String attribute, Object value) {
        if (value != null) {
            clauses.add((root, query, cb) -> cb.equal(root.get(attribute), value));
        }
        return this;
    }

    /** Any of {@code values}; an empty or null collection adds nothing. */
    public Filters<T> in(String attribute, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            clauses.add((root, query, cb) -> root.get(attribute).in(values));
        }
        return this;
    }

    /** Text contained in any of the attributes (case-sensitive {@code LIKE}, as Chinese text needs no folding). */
    public Filters<T> text(String q, String... attributes) {
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            clauses.add((root, query, cb) -> cb.or(java.util.Arrays.stream(attributes)
                    .map(a -> cb.like(root.get(a), pattern, '\\')).toArray(Predicate[]::new)));
        }
        return this;
    }

    public Filters<T> between(String attribute, LocalDate from, LocalDate to) {
        if (from != null) {
            clauses.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.<LocalDate>get(attribute), from));
        }
        if (to != null) {
            clauses.add((root, query, cb) -> cb.lessThanOrEqualTo(root.<LocalDate>get(attribute), to));
        }
        return this;
    }

    /** A specification of the feature's own (e.g. {@code DueDates.overdue(...)}); null adds nothing. */
    public Filters<T> and(Specification<T> spec) {
        if (spec != null) {
            clauses.add(spec);
        }
        return this;
    }

    public Specification<T> build() {
        List<Specification<T>> copy = clauses.stream().filter(Objects::nonNull).toList();
        return (root, query, cb) -> cb.and(copy.stream().map(c -> c.toPredicate(root, query, cb))
                .filter(Objects::nonNull).toArray(Predicate[]::new));
    }
}
