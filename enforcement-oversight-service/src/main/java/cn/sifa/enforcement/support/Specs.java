package cn.sifa.enforcement.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** Builds the list filters every collection offers: division subtree, equality filters and a date range. */
public final class Specs<T> {

    private final List<Clause<T>> clauses = new ArrayList<>();

    @FunctionalInterface
    private interface Clause<T> {
        Predicate build(Root<T> root, CriteriaBuilder cb);
    }

    public static <T> Specs<T> within(String divisionPrefix) {
        Specs<T> s = new Specs<>();
        s.clauses.add((root, cb) -> cb.like(root.get("divisionCode"), divisionPrefix + "%"));
        return s;
    }

    public Specs<T> eq(String attribute, Object value) {
        if (value != null) {
            clauses.add((root, cb) -> cb.equal(root.get(attribute), value));
        }
        return this;
    }

    public Specs<T> contains(String attribute, String text) {
        if (text != null && !text.isBlank()) {
            clauses.add((root, cb) -> cb.like(root.get(attribute), "%" + text.trim() + "%"));
        }
        return this;
    }

    public Specs<T> between(String attribute, LocalDate from, LocalDate to) {
        if (from != null) {
            clauses.add((root, cb) -> cb.greaterThanOrEqualTo(root.<LocalDate>get(attribute), from));
        }
        if (to != null) {
            clauses.add((root, cb) -> cb.lessThanOrEqualTo(root.<LocalDate>get(attribute), to));
        }
        return this;
    }

    public Specification<T> build() {
        List<Clause<T>> copy = List.copyOf(clauses);
        return (root, query, cb) -> cb.and(copy.stream().map(c -> c.build(root, cb)).toArray(Predicate[]::new));
    }
}
