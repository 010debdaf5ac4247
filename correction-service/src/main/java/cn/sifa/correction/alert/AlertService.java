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
 * 预警: 漏管 (report-in or handover deadline passed), 脱管, terms ending within 30 days, missed reports, leave returns
 * overdue, electronic monitoring expiring within 7 days, overdue steps of a change of executing place and 必接必送
 * pick-ups within 7 days, read from
 * the subjects and their {@code core_deadline} rows, limited to the subtree through {@link DivisionScope#within}.
 */
@Service
@Transactional(readOnly = true)
public class AlertService {

    public static final int MAX = 500;
    /** An electronic-monitoring period shows as expiring this many days before its last day (and after it, until ended or renewed). */
    public static final int MONITORING_WARNING_DAYS = 7;
    /** A 必接必送 pick-up shows this many days before the release day (and after it, until picked up). */
    public static final int PICKUP_WARNING_DAYS = 7;

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
        String leaveIn = DivisionScope.within("l", "prefix");
        String monitoringIn = DivisionScope.within("m", "prefix");
        String transferIn = DivisionScope.within("t", "prefix");
        String releasedIn = DivisionScope.within("r", "prefix");
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
                  union all
                  select l.subject_id, l.division_code, 'LEAVE_RETURN_OVERDUE', d.due_date from cr_leave_request l
                    join core_deadline d on d.record_id = l.id and d.kind = 'CORRECTION_LEAVE_RETURN' and d.status = 'OPEN' and d.due_date < :today
                   where %3$s and l.status = 'APPROVED'
                  union all
                  select m.subject_id, m.division_code, 'MONITORING_EXPIRING', least(m.period_end, d.due_date) from cr_monitoring m
                    join core_deadline d on d.record_id = m.id and d.kind = 'CORRECTION_MONITORING_EXPIRY' and d.status = 'OPEN'
                   where %4$s and m.status = 'ACTIVE' and least(m.period_end, d.due_date) <= :monitoringUntil
                  union all
                  select t.subject_id, t.division_code, 'TRANSFER_STEP_OVERDUE', min(d.due_date) from cr_transfer t
                    join core_deadline d on d.record_id = t.id and d.status = 'OPEN' and d.due_date < :today
                     and d.kind in ('CORRECTION_TRANSFER_CONSULT', 'CORRECTION_TRANSFER_REPLY', 'CORRECTION_TRANSFER_DECISION',
                                    'CORRECTION_TRANSFER_FILES', 'CORRECTION_TRANSFER_REPORT')
                   where %5$s group by t.subject_id, t.division_code
                  union all
                  select r.id, r.division_code, 'PICKUP_DUE', d.due_date from cr_released_person r
                    join core_deadline d on d.record_id = r.id and d.kind = 'RESETTLEMENT_PICKUP' and d.status = 'OPEN'
                   where %6$s and r.status = 'AWAITING_RELEASE' and d.due_date <= :pickupUntil
                ) a where (cast(:type as varchar) is null or a.type = :type) order by a.day, a.id limit %2$d""".formatted(in, MAX, leaveIn, monitoringIn, transferIn, releasedIn);
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", scope.narrowTo(divisionCode)).addValue("today", today)
                .addValue("until", today.plusDays(Subject.DISCHARGE_PREPARATION_DAYS))
                .addValue("monitoringUntil", today.plusDays(MONITORING_WARNING_DAYS))
                .addValue("pickupUntil", today.plusDays(PICKUP_WARNING_DAYS)).addValue("type", type == null ? null : type.name());
        return jdbc.query(sql, p, (rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            AlertType t = AlertType.valueOf(rs.getString(3));
            boolean released = t == AlertType.PICKUP_DUE;
            return new AlertView(released ? null : id, id, rs.getString(2), t, t.label(), rs.getObject(4, LocalDate.class),
                    (released ? "/correction/released-persons/" : "/correction/subjects/") + id);
        });
    }
}
