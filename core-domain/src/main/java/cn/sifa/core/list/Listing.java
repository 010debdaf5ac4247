package cn.sifa.core.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
        List<T> read = entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
        boolean hasNext = read.size() > pageable.getPageSize();
        List<T> shown = hasNext ? read.subList(0, pageable.getPageSize()) : read;
        long seen = pageable.getOffset() + shown.size();
        long total = seen;
        boolean exact = true;
        if (hasNext || (shown.isEmpty() && pageable.getOffset() > 0)) {
            long counted = countAtMost(type, spec, countCap + 1);
            exact = counted <= countCap;
            // Past the cap: the cap, or what this page proves exists if it lies beyond the cap.
            total = exact ? counted : Math.max(countCap, seen + 1);
        }
        int size = pageable.getPageSize();
        List<R> content = shown.isEmpty() ? List.of() : rows.apply(shown);
        return new ListPage<>(new PageView<>(content, new PageView.PageMeta(size, pageable.getPageNumber(), total,
                (int) ((total + size - 1) / size))), exact);
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
