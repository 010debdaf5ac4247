package cn.sifa.core.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.EntityType;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.PageView;

/**
 * Every list and export of every service: a page read with one row more than it shows (is there a next page?),
 * counted only when there is one and then at most {@link #COUNT_CAP} + 1 rows; and an export that streams the whole
 * filtered result with constant memory. Both plan with the caller's actual division prefix
 * ({@link DivisionScope#planWithActualPrefix()}). Rows are mapped a chunk at a time, so that a mapper can load what
 * rows share (deadlines, parties, names) in one statement per chunk.
 */
@Component
public class Listing {

    /** Above this many matching rows, a page does not count them exactly. */
    public static final int COUNT_CAP = 10_000;
    /** Rows per JDBC fetch and per persistence-context chunk of an export. */
    public static final int EXPORT_CHUNK = 500;

    @PersistenceContext
    private EntityManager entityManager;

    private final DivisionScope scope;
    private final Exporter exporter;
    /** {@link #COUNT_CAP}; tests lower it rather than create 10,000 records. */
    int countCap = COUNT_CAP;

    public Listing(DivisionScope scope, Exporter exporter) {
        this.scope = scope;
        this.exporter = exporter;
    }

    /** One page of {@code type} matching {@code spec}, each chunk of rows mapped by {@code rows}. */
    @Transactional(readOnly = true)
    public <T, R> ListPage<R> page(Class<T> type, Specification<T> spec, Pageable pageable, Function<List<T>, List<R>> rows) {
        scope.planWithActualPrefix();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        where(query, root, cb, spec);
        query.orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        List<T> read = pageable.getOffset() > 0
                ? pastOffset(type, spec, pageable.getSort(), (int) pageable.getOffset(), pageable.getPageSize() + 1)
                : entityManager.createQuery(query).setMaxResults(pageable.getPageSize() + 1).getResultList();
        boolean hasNext = read.size() > pageable.getPageSize();
        List<T> shown = hasNext ? read.subList(0, pageable.getPageSize()) : read;
        long rowsBefore = pageable.getOffset();
        Total total = total(type, spec, rowsBefore, rowsBefore + shown.size(), shown.isEmpty(), hasNext);
        return answer(pageable.getPageSize(), pageable.getPageNumber(), shown, total, null, rows);
    }

    /**
     * A page of a list that offers keyset paging (docs/core-mechanisms.md, "Lists"). The sort ends with the id, so that
     * rows never tie; without a cursor the page is read by its number like {@link #page(Class, Specification, Pageable,
     * Function)}; with one (and page 0) it is read after the cursor's row with a seek predicate instead of an offset,
     * so a deep page costs what the first does. Either way a page that has a next one answers its {@code nextCursor}.
     * For a cursor page {@code number} is the rows the walk has passed divided by the page size: the number the page
     * would have if nothing changed meanwhile.
     */
    @Transactional(readOnly = true)
    public <T, R> ListPage<R> page(Class<T> type, Specification<T> spec, Pageable pageable, Keyset keyset,
                                   Function<List<T>, List<R>> rows) {
        if (keyset.cursor() != null && pageable.getPageNumber() > 0) {
            throw ValidationException.of(Keyset.PARAMETER, "cursor-with-page", "cursor 与 page 不能同时使用:带 cursor 时不传 page(或传 0)");
        }
        scope.planWithActualPrefix();
        EntityType<T> entity = entityManager.getMetamodel().entity(type);
        Sort sort = Seek.withTiebreak(pageable.getSort(), entity.getId(entity.getIdType().getJavaType()).getName());
        String binding = Seek.binding(type, sort, keyset.filter());
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<T> root = query.from(type);
        List<Seek.Key> keys = Seek.keys(root, entity, sort);
        List<Selection<?>> selected = new ArrayList<>();
        selected.add(root);
        keys.forEach(k -> selected.add(k.path()));
        query.multiselect(selected);
        Seek.Position after = keyset.cursor() == null ? null : Seek.Position.decode(keyset.cursor(), binding, keys);
        Predicate where = spec == null ? null : spec.toPredicate(root, query, cb);
        if (after != null) {
            Predicate seek = Seek.after(cb, keys, after.after());
            where = where == null ? seek : cb.and(where, seek);
        }
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        int size = pageable.getPageSize();
        long rowsBefore = after == null ? pageable.getOffset() : after.rowsBefore();
        List<Object[]> read = after == null && pageable.getOffset() > 0
                ? keyedPastOffset(type, entity, spec, sort, (int) pageable.getOffset(), size + 1)
                : entityManager.createQuery(query).setMaxResults(size + 1).getResultList();
        boolean hasNext = read.size() > size;
        List<Object[]> shown = hasNext ? read.subList(0, size) : read;
        long seen = rowsBefore + shown.size();
        // A walk counts where it starts and carries the total in its cursor: the count (up to 10,001 rows) was most of
        // a deep filtered page's cost once the seek made the rows themselves cheap (issue 15 benchmark).
        Total total = after != null && after.total() != null ? Total.carried(after.total(), after.exact(), seen, hasNext)
                : total(type, spec, rowsBefore, seen, shown.isEmpty(), hasNext);
        String next = null;
        if (hasNext) {
            Object[] last = shown.get(shown.size() - 1);
            next = new Seek.Position(Arrays.asList(last).subList(1, last.length), seen, total.rows(), total.exact()).encode(binding);
        }
        @SuppressWarnings("unchecked")
        List<T> entities = shown.stream().map(r -> (T) r[0]).toList();
        int number = (int) Math.min(Integer.MAX_VALUE, rowsBefore / size);
        return answer(size, number, entities, total, next, rows);
    }

    /**
     * A page past an offset, read in two steps (a "deferred join"): first the ids of the page's rows, then those rows by
     * id. The offset's skipped rows cost only index entries in the first step, which an index holding the filter's
     * and the sort's columns answers without touching the table; read whole, every skipped row was fetched from the
     * table: 1,980 rows for page 100 (issue 15 benchmark: a county's archived cases, page 100).
     */
    private <T> List<T> pastOffset(Class<T> type, Specification<T> spec, Sort sort, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<T> root = query.from(type);
        where(query, root, cb, spec);
        query.select(root.get(idName(type)));
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        List<Object> ids = entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
        return byIds(type, ids);
    }

    /** {@link #pastOffset} for a keyset list: each row with its sort keys, as the cursor needs them. */
    private <T> List<Object[]> keyedPastOffset(Class<T> type, EntityType<T> entity, Specification<T> spec, Sort sort,
                                               int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<T> root = query.from(type);
        List<Seek.Key> keys = Seek.keys(root, entity, sort);
        List<Selection<?>> selected = new ArrayList<>();
        selected.add(root.get(idName(type)));
        keys.forEach(k -> selected.add(k.path()));
        query.multiselect(selected);
        where(query, root, cb, spec);
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        List<Object[]> keyed = entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
        List<T> rows = byIds(type, keyed.stream().map(k -> k[0]).toList());
        Map<Object, T> byId = new HashMap<>();
        rows.forEach(r -> byId.put(identifier(r), r));
        List<Object[]> read = new ArrayList<>(keyed.size());
        for (Object[] k : keyed) {
            T row = byId.get(k[0]);
            if (row != null) {
                Object[] withRow = k.clone();
                withRow[0] = row;
                read.add(withRow);
            }
        }
        return read;
    }

    /** The rows with these ids, in the ids' order; the division scope applies to this query as to any other. */
    private <T> List<T> byIds(Class<T> type, List<Object> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(root.get(idName(type)).in(ids));
        Map<Object, T> byId = new HashMap<>();
        entityManager.createQuery(query).getResultList().forEach(r -> byId.put(identifier(r), r));
        // A row deleted since the first step is simply not shown, as if the page had been read a moment later.
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private String idName(Class<?> type) {
        EntityType<?> entity = entityManager.getMetamodel().entity(type);
        return entity.getId(entity.getIdType().getJavaType()).getName();
    }

    private Object identifier(Object row) {
        return entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row);
    }

    /** A list's total: exact, or a lower bound (more than {@link #countCap} rows, or rows added since the walk began). */
    record Total(long rows, boolean exact) {

        /** The total a cursor carries, raised to what the walk has now seen (and one more if a next page exists). */
        static Total carried(long rows, boolean exact, long seen, boolean hasNext) {
            long atLeast = seen + (hasNext ? 1 : 0);
            return atLeast > rows ? new Total(atLeast, false) : new Total(rows, exact);
        }
    }

    /** Counted (at most {@link #countCap} + 1 rows) only when there is a next page, or this page is empty past the end. */
    private <T> Total total(Class<T> type, Specification<T> spec, long rowsBefore, long seen, boolean empty, boolean hasNext) {
        if (!hasNext && !(empty && rowsBefore > 0)) {
            return new Total(seen, true);
        }
        long counted = countAtMost(type, spec, countCap + 1);
        boolean exact = counted <= countCap;
        // Past the cap: the cap, or what this page proves exists if it lies beyond the cap.
        return new Total(exact ? counted : Math.max(countCap, seen + 1), exact);
    }

    private <T, R> ListPage<R> answer(int size, int number, List<T> shown, Total total, String nextCursor,
                                      Function<List<T>, List<R>> rows) {
        List<R> content = shown.isEmpty() ? List.of() : rows.apply(shown);
        return new ListPage<>(new PageView<>(content, new PageView.PageMeta(size, number, total.rows(),
                (int) ((total.rows() + size - 1) / size), nextCursor)), total.exact());
    }

    /**
     * Streams the whole filtered result to the response as CSV or XLSX. pgjdbc reads {@link #EXPORT_CHUNK} rows at a
     * time (a fetch size; autocommit is off inside the transaction), lazy collections of a chunk load in one batch,
     * and the persistence context is cleared after each chunk, so neither the result nor the managed rows pile up.
     */
    @Transactional(readOnly = true)
    public <T, R> void export(HttpServletResponse response, ExportFormat format, String filename, List<ExportColumn<R>> columns,
                              Class<T> type, Specification<T> spec, Sort sort, Function<List<T>, List<R>> rows) {
        scope.planWithActualPrefix();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        where(query, root, cb, spec);
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        Session session = entityManager.unwrap(Session.class);
        int batchSize = session.getFetchBatchSize();
        session.setFetchBatchSize(EXPORT_CHUNK);
        try (Stream<T> read = entityManager.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_CHUNK)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            exporter.write(response, format, filename, columns, chunked(read.iterator(), rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            session.setFetchBatchSize(batchSize);
        }
    }

    private <T, R> Stream<R> chunked(Iterator<T> source, Function<List<T>, List<R>> rows) {
        Iterator<R> items = new Iterator<>() {
            private List<R> chunk = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                if (next < chunk.size()) {
                    return true;
                }
                entityManager.clear();
                List<T> read = new ArrayList<>(EXPORT_CHUNK);
                while (read.size() < EXPORT_CHUNK && source.hasNext()) {
                    read.add(source.next());
                }
                chunk = read.isEmpty() ? List.of() : rows.apply(read);
                next = 0;
                return !chunk.isEmpty();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }

    /** {@code select 1 from … fetch first :limit rows only}: a constant, so PostgreSQL can answer from an index alone. */
    private <T> long countAtMost(Class<T> type, Specification<T> spec, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
        Root<T> root = query.from(type);
        where(query, root, cb, spec);
        query.select(cb.literal(1));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().size();
    }

    private static <T> void where(CriteriaQuery<?> query, Root<T> root, CriteriaBuilder cb, Specification<T> spec) {
        if (spec != null) {
            Predicate where = spec.toPredicate(root, query, cb);
            if (where != null) {
                query.where(where);
            }
        }
    }

    /** The export format the {@code Accept} header prefers ({@link ExportFormat#requested}), or null for the JSON answer. */
    public static ExportFormat requestedExport(String accept) {
        return ExportFormat.requested(accept).orElse(null);
    }
}
