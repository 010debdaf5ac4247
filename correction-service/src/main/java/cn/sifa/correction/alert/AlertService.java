package cn.sifa.correction.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.Subject;

/**
 * 预警: 漏管 (report-in or handover deadline passed), 脱管, terms ending within 30 days and missed reports, read from
 * the subjects and their {@code core_deadline} rows, limited to the subtree through {@link DivisionScope#within}.
 */
@Service
@Transactional(readOnly = true)
public class AlertService {

    public static final int MAX = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;
    private final Workflow workflow;

    AlertService(NamedParameterJdbcTemplate jdbc, DivisionScope scope, Workflow workflow) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.workflow = workflow;
    }

    public List<AlertView> alerts(String divisionCode, AlertType type) {
        LocalDate today = workflow.today();
        String in = DivisionScope.within("s", "prefix");
        String sql = """
                select * from (
                  select s.id, s.division_code, 'MISSED_REPORT_IN' as type, d.due_date as day from cr_subject s
                    join core_deadline d on d.record_id = s.id and d.kind in ('REPORT_IN', 'CORRECTION_HANDOVER') and d.status = 'OPEN'
                   where %1$s and s.status = 'AWAITING_REPORT' and d.due_date < :today
                  union all
                  select s.id, s.division_code, 'LOST_CONTACT', s.lost_contact_since from cr_subject s where %1$s and s.status = 'LOST_CONTACT'
                  union all
                  select s.id, s.division_code, 'TERM_ENDING', s.term_end from cr_subject s
                   where %1$s and s.status in ('UNDER_CORRECTION', 'DISCHARGE_PENDING') and s.term_end between :today and :until
                  union all
                  select s.id, s.division_code, 'CHECK_IN_MISSED', min(d.due_date) from cr_subject s
                    join core_deadline d on d.record_id = s.id and d.status = 'OPEN' and d.due_date < :today
                     and d.kind in ('CORRECTION_REPORT_STRICT', 'CORRECTION_REPORT_NORMAL', 'CORRECTION_REPORT_LENIENT',
                                    'CORRECTION_HEALTH_REPORT', 'CORRECTION_MEDICAL_RECHECK')
                   where %1$s and s.status in ('UNDER_CORRECTION', 'DISCHARGE_PENDING') group by s.id, s.division_code
                ) a where (cast(:type as varchar) is null or a.type = :type) order by a.day, a.id limit %2$d""".formatted(in, MAX);
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", scope.narrowTo(divisionCode)).addValue("today", today)
                .addValue("until", today.plusDays(Subject.DISCHARGE_PREPARATION_DAYS)).addValue("type", type == null ? null : type.name());
        return jdbc.query(sql, p, (rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            AlertType t = AlertType.valueOf(rs.getString(3));
            return new AlertView(id, rs.getString(2), t, t.label(), rs.getObject(4, LocalDate.class), "/correction/subjects/" + id);
        });
    }
}
