package cn.sifa.core.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.PageView;

/** Reads the audit log for auditors, limited to events whose division lies in the caller's subtree. */
@Component
class AuditEventQuery {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    record Filter(LocalDate from, LocalDate to, String actor, String action, String targetType, String targetId,
                  String divisionCode) {
    }

    private final JdbcTemplate jdbc;
    private final DivisionScope scope;

    AuditEventQuery(JdbcTemplate jdbc, DivisionScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    PageView<AuditEventView> find(Filter filter, Pageable pageable) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ValidationException.of("to", "date-order", "结束日期不能早于开始日期");
        }
        StringBuilder where = new StringBuilder(" WHERE division_code LIKE ? || '%'");
        List<Object> args = new ArrayList<>();
        args.add(scope.narrowTo(filter.divisionCode()));
        if (filter.from() != null) {
            where.append(" AND occurred_at >= ?");
            args.add(filter.from().atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < ?");
            args.add(filter.to().plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
        equal(where, args, "actor", filter.actor());
        equal(where, args, "action", filter.action());
        equal(where, args, "target_type", filter.targetType());
        equal(where, args, "target_id", filter.targetId());

        Long total = jdbc.queryForObject("SELECT count(*) FROM core_audit_event" + where, Long.class, args.toArray());
        // Sort properties come from the endpoint's whitelist (Paging), so they are safe to splice in.
        String order = pageable.getSort().stream()
                .map(o -> o.getProperty() + (o.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEventView> rows = jdbc.query("""
                        SELECT id, occurred_at, actor, actor_kind, actor_division, action, target_type, target_id,
                               division_code, detail, request_id, client_ip
                        FROM core_audit_event""" + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                (rs, i) -> new AuditEventView(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(CHINA).toOffsetDateTime(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)),
                pageArgs.toArray());
        return PageView.of(new PageImpl<>(rows, pageable, total == null ? 0 : total), v -> v);
    }

    private static void equal(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            args.add(value.trim());
        }
    }
}
