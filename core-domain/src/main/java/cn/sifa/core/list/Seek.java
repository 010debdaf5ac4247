package cn.sifa.core.list;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.springframework.data.domain.Sort;

import cn.sifa.core.error.ValidationException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keyset paging for {@link Listing}: the sort made unique by the id, the seek predicate "after this row" and the
 * opaque cursor that carries the row's sort values. A cursor is {@code base64url(json) "." base64url(hash)}; the hash
 * covers the entity, the sort, the filter and the json, so a cursor that was altered or is sent with another sort or
 * filter is refused with 400 on {@code cursor}. It is a check against mistakes, not a secret: whatever a cursor says,
 * the division scope and the filter still apply to the page it reads.
 */
final class Seek {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
    private static final int HASH_BYTES = 12;

    private Seek() {
    }

    /** {@code sort} ending with the unique id (in the direction of the last key), unless it already sorts by the id. */
    static Sort withTiebreak(Sort sort, String id) {
        if (sort.stream().anyMatch(o -> o.getProperty().equals(id))) {
            return sort;
        }
        Sort.Direction direction = sort.stream().reduce((a, b) -> b).map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
        return sort.and(Sort.by(direction, id));
    }

    /** One sort key: its path, direction, where its nulls sort, and whether the attribute can be null at all. */
    record Key(Path<Object> path, boolean descending, boolean nullsFirst, boolean nullable) {
    }

    /**
     * The keys of {@code sort} on {@code root}. Only the entity's own attributes, case-sensitive: a key through an
     * association or {@code ignoreCase} would need the same expression in the seek predicate, which no list needs.
     * Nulls sort as the ORDER BY puts them: {@code NATIVE} is PostgreSQL's default, last ascending, first descending.
     */
    static <T> List<Key> keys(Root<T> root, EntityType<T> entity, Sort sort) {
        List<Key> keys = new ArrayList<>();
        for (Sort.Order order : sort) {
            if (order.getProperty().contains(".") || order.isIgnoreCase()) {
                throw new IllegalArgumentException("keyset paging sorts on the entity's own attributes, case-sensitive: " + order);
            }
            Attribute<? super T, ?> attribute = entity.getAttribute(order.getProperty());
            boolean nullable = !(attribute instanceof SingularAttribute<?, ?> single) || single.isOptional() && !single.isId();
            boolean nullsFirst = switch (order.getNullHandling()) {
                case NULLS_FIRST -> true;
                case NULLS_LAST -> false;
                case NATIVE -> order.isDescending();
            };
            keys.add(new Key(root.get(order.getProperty()), order.isDescending(), nullsFirst, nullable));
        }
        return keys;
    }

    /**
     * Rows after the row whose keys are {@code values}: for keys (a desc, b desc, id desc)
     * {@code a <= :a and (a < :a or (a = :a and (b < :b or (b = :b and id < :id))))}. The leading bound is redundant
     * but lets PostgreSQL read an index on the first key as a range. A nullable key compares as its nulls sort.
     */
    static Predicate after(CriteriaBuilder cb, List<Key> keys, List<Object> values) {
        Predicate rest = null;
        for (int i = keys.size() - 1; i >= 0; i--) {
            Key key = keys.get(i);
            Object value = values.get(i);
            Predicate beyond = beyond(cb, key, value);
            if (rest == null) {
                rest = beyond == null ? cb.disjunction() : beyond;
            } else {
                Predicate tie = cb.and(value == null ? cb.isNull(key.path()) : cb.equal(key.path(), value), rest);
                rest = beyond == null ? tie : cb.or(beyond, tie);
            }
        }
        Predicate lead = keys.size() > 1 ? lead(cb, keys.get(0), values.get(0)) : null;
        return lead == null ? rest : cb.and(lead, rest);
    }

    /** Rows whose {@code key} sorts strictly after {@code value}; null when none does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate beyond(CriteriaBuilder cb, Key key, Object value) {
        Expression<Comparable> path = (Expression) key.path();
        if (value == null) {
            return key.nullsFirst() ? cb.isNotNull(path) : null;
        }
        Predicate beyond = key.descending() ? cb.lessThan(path, (Comparable) value) : cb.greaterThan(path, (Comparable) value);
        return key.nullable() && !key.nullsFirst() ? cb.or(beyond, cb.isNull(path)) : beyond;
    }

    /** The range on the first key that every later row lies in, when it is one an index can read; else null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate lead(CriteriaBuilder cb, Key key, Object value) {
        Expression<Comparable> path = (Expression) key.path();
        if (value == null) {
            return key.nullsFirst() ? null : cb.isNull(path);
        }
        if (key.nullable() && !key.nullsFirst()) {
            return null;
        }
        return key.descending() ? cb.lessThanOrEqualTo(path, (Comparable) value) : cb.greaterThanOrEqualTo(path, (Comparable) value);
    }

    /** What a list binds its cursors to: the entity, the sort (with its tiebreak) and the filter. */
    static String binding(Class<?> type, Sort sort, String filter) {
        return type.getName() + "|" + sort + "|" + filter;
    }

    /** Where a walk stands: the sort values of the last row shown and how many rows the walk has passed. */
    /**
     * Where a walk stands: after the row with these key values, having passed {@code rowsBefore} rows, and the list's
     * total as counted where the walk started ({@code total}, exact or a lower bound), so that its later pages need not
     * count again. A cursor issued before totals were carried has none ({@code total} null).
     */
    record Position(List<Object> after, long rowsBefore, Long total, boolean exact) {

        String encode(String binding) {
            List<Object> payload = new ArrayList<>();
            payload.add(rowsBefore);
            after.forEach(v -> payload.add(v == null ? null : v instanceof Enum<?> e ? e.name()
                    : v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
            if (total != null) {
                payload.add(exact ? total : -total); // a lower bound travels negative
            }
            byte[] json = JSON.writeValueAsBytes(payload);
            return B64.encodeToString(json) + "." + hash(binding, json);
        }

        /** The position {@code cursor} names, typed as {@code keys}; 400 on {@code cursor} when it is not one of this list. */
        static Position decode(String cursor, String binding, List<Key> keys) {
            try {
                int dot = cursor.indexOf('.');
                if (dot < 0) {
                    throw invalid();
                }
                byte[] json = UNB64.decode(cursor.substring(0, dot));
                if (!MessageDigest.isEqual(hash(binding, json).getBytes(StandardCharsets.US_ASCII),
                        cursor.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                    throw invalid();
                }
                List<?> payload = JSON.readValue(json, List.class);
                boolean carriesTotal = payload.size() == keys.size() + 2;
                if ((payload.size() != keys.size() + 1 && !carriesTotal) || !(payload.get(0) instanceof Number rows)
                        || rows.longValue() < 0) {
                    throw invalid();
                }
                List<Object> after = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    Object raw = payload.get(i + 1);
                    if (raw == null && !keys.get(i).nullable()) {
                        throw invalid();
                    }
                    after.add(raw == null ? null : typed(raw.toString(), keys.get(i).path().getJavaType()));
                }
                if (!carriesTotal) {
                    return new Position(after, rows.longValue(), null, false);
                }
                if (!(payload.get(keys.size() + 1) instanceof Number total) || total.longValue() == 0) {
                    throw invalid();
                }
                return new Position(after, rows.longValue(), Math.abs(total.longValue()), total.longValue() > 0);
            } catch (IllegalArgumentException | JacksonException | java.time.DateTimeException e) {
                throw invalid();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object typed(String raw, Class<?> type) {
        if (type == String.class) {
            return raw;
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, raw);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(raw);
        }
        if (type == UUID.class) {
            return UUID.fromString(raw);
        }
        if (type == Instant.class) {
            return Instant.parse(raw);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(raw);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(raw);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(raw);
        }
        if (type == Long.class || type == long.class) {
            return Long.valueOf(raw);
        }
        if (type == Short.class || type == short.class) {
            return Short.valueOf(raw);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(raw);
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.valueOf(raw);
        }
        throw new IllegalStateException("keyset paging cannot carry a sort key of type " + type.getName());
    }

    private static String hash(String binding, byte[] json) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(binding.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return B64.encodeToString(Arrays.copyOf(sha.digest(json), HASH_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ValidationException invalid() {
        return ValidationException.of(Keyset.PARAMETER, "invalid-cursor",
                "翻页游标无效,或与本次的排序、筛选条件不符:请不带 cursor 从第一页重新查询");
    }
}
