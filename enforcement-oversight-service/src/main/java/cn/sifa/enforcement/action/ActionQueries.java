package cn.sifa.enforcement.action;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.PageView;
import cn.sifa.core.workflow.StepDates;

/**
 * Reads of the reported actions in plain SQL: the table holds tens of thousands of rows per county, and lists
 * and exports need neither entities nor a persistence context. Every query is limited to the caller's division
 * prefix (the Hibernate filter does not reach native SQL).
 */
@Repository
public class ActionQueries {

    public static final Map<String, String> SORTABLE = Map.of("decidedOn", "a.decided_on", "externalRef", "a.external_ref",
            "publicationDueOn", "a.publication_due_on");

    static final String COLUMNS = """
            a.id, a.agency_id, g.name as agency_name, a.division_code, a.external_ref, a.act_type, a.decided_on,
            a.party_name, a.party_credit_code, a.penalty_kinds, a.amount, a.major, a.legal_reviewed_on, a.publicized_on,
            a.recorded_audio_visual, a.publication_due_on, a.publication_due_provisional, a.version""";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    private final java.time.Clock clock;

    public ActionQueries(JdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
    }

    public PageView<ActionView> page(ActionFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        long total = jdbc.queryForObject("select count(*) from enf_action a where " + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<ActionView> rows = jdbc.query("select " + COLUMNS + " from enf_action a join enf_agency g on g.id = a.agency_id where "
                + where + " order by " + orderBy(pageable.getSort()) + " limit ? offset ?", mapper(), pageArgs.toArray());
        int pages = (int) ((total + pageable.getPageSize() - 1) / pageable.getPageSize());
        return new PageView<>(rows, new PageView.PageMeta(pageable.getPageSize(), pageable.getPageNumber(), total, pages));
    }

    /** The whole filtered list, row by row from a server-side cursor; the caller holds a transaction open. */
    public Stream<ActionView> stream(ActionFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return streaming.queryForStream("select " + COLUMNS + " from enf_action a join enf_agency g on g.id = a.agency_id where "
                + where + " order by a.decided_on, a.id", mapper(), args.toArray());
    }

    /** Rows matching an extra SQL condition (the three-systems offenders), paged. */
    public PageView<ActionView> page(ActionFilter filter, String extraCondition, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args) + " and (" + extraCondition + ")";
        long total = jdbc.queryForObject("select count(*) from enf_action a where " + where, Long.class, args.toArray());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<ActionView> rows = jdbc.query("select " + COLUMNS + " from enf_action a join enf_agency g on g.id = a.agency_id where "
                + where + " order by a.decided_on, a.id limit ? offset ?", mapper(), args.toArray());
        int pages = (int) ((total + pageable.getPageSize() - 1) / pageable.getPageSize());
        return new PageView<>(rows, new PageView.PageMeta(pageable.getPageSize(), pageable.getPageNumber(), total, pages));
    }

    public static String where(ActionFilter f, List<Object> args) {
        StringBuilder sql = new StringBuilder(DivisionScope.within("a"));
        args.add(f.divisionPrefix());
        if (f.agencyId() != null) {
            sql.append(" and a.agency_id = ?");
            args.add(f.agencyId());
        }
        if (f.actType() != null) {
            sql.append(" and a.act_type = ?");
            args.add(f.actType().name());
        }
        if (f.from() != null) {
            sql.append(" and a.decided_on >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and a.decided_on <= ?");
            args.add(f.to());
        }
        if (f.externalRef() != null && !f.externalRef().isBlank()) {
            sql.append(" and a.external_ref = ?");
            args.add(f.externalRef().trim());
        }
        if (f.major() != null) {
            sql.append(" and a.major = ?");
            args.add(f.major());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and a.party_name like ?");
            args.add("%" + f.q().trim() + "%");
        }
        return sql.toString();
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order o : sort) {
            String column = SORTABLE.containsValue(o.getProperty()) ? o.getProperty() : SORTABLE.get(o.getProperty());
            if (column != null) {
                parts.add(column + (o.isDescending() ? " desc" : " asc"));
            }
        }
        parts.add("a.id");
        return String.join(", ", parts);
    }

    /** Rows as views; whether an unpublicized action is late is judged against today by the core Clock. */
    private RowMapper<ActionView> mapper() {
        java.time.LocalDate today = StepDates.today(clock);
        return (ResultSet rs, int i) -> view(rs, today);
    }

    static ActionView view(ResultSet rs, java.time.LocalDate today) throws SQLException {
        var due = rs.getObject("publication_due_on", java.time.LocalDate.class);
        var publicized = rs.getObject("publicized_on", java.time.LocalDate.class);
        Boolean onTime = publicized != null ? Boolean.valueOf(!publicized.isAfter(due))
                : (due.isBefore(today) ? Boolean.FALSE : null);
        EnforcementActType type = EnforcementActType.valueOf(rs.getString("act_type"));
        return new ActionView(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
                rs.getString("division_code"), rs.getString("external_ref"), type, type.label(),
                rs.getObject("decided_on", java.time.LocalDate.class), rs.getString("party_name"), rs.getString("party_credit_code"),
                kinds(rs.getArray("penalty_kinds")), rs.getBigDecimal("amount"), rs.getBoolean("major"),
                rs.getObject("legal_reviewed_on", java.time.LocalDate.class), publicized, rs.getBoolean("recorded_audio_visual"),
                due, rs.getBoolean("publication_due_provisional"), onTime, rs.getLong("version"));
    }

    private static List<PenaltyKind> kinds(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(o -> PenaltyKind.valueOf(o.toString())).toList();
    }
}
