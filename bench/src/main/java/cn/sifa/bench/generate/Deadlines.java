package cn.sifa.bench.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code core_deadline} rows as the services' workflows write them: the rule (amount, unit, label, basis, expiry)
 * read from {@code core_deadline_rule}, the due date counted as {@code DeadlineCalculator} counts it, the status
 * MET or MISSED by the day the step was taken, OPEN while it is not, CANCELLED when the record ended otherwise.
 * Lists filter on these rows (next due date, overdue, due soon) and statistics count on-time rates from them.
 */
final class Deadlines {

    static final String COLUMNS = "id, version, division_code, record_type, record_id, kind, label, anchor_date, amount, unit, due_date, "
            + "basis, met_on, status, provisional, assignee, unit_org_id, case_no, link, expiry, created_at, created_by, updated_at, updated_by";

    record Rule(String code, int amount, String unit, String label, String basis, boolean expiry) {
    }

    private final Map<String, Rule> rules;
    private final WorkingCalendar calendar;

    private Deadlines(Map<String, Rule> rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The national rules (province_code NULL) of the schema. */
    static Deadlines load(Connection c, WorkingCalendar calendar) throws SQLException {
        Map<String, Rule> rules = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, amount, unit, label, basis, expiry FROM sifa.core_deadline_rule WHERE province_code IS NULL")) {
            while (rs.next()) {
                rules.put(rs.getString(1), new Rule(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)));
            }
        }
        return new Deadlines(rules, calendar);
    }

    static CopyBuffer buffer() {
        return new CopyBuffer("core_deadline", COLUMNS);
    }

    Rule rule(String code) {
        Rule r = rules.get(code);
        if (r == null) {
            throw new IllegalStateException("no deadline rule " + code + " in core_deadline_rule: is the schema migrated?");
        }
        return r;
    }

    /** The due date of {@code code} from {@code anchor}, as the core calculator computes it. */
    LocalDate due(String code, LocalDate anchor) {
        Rule r = rule(code);
        if (r.expiry()) {
            return r.unit().equals("MONTH") ? anchor.plusMonths(r.amount()).minusDays(1) : anchor.plusDays(r.amount() - 1L);
        }
        return switch (r.unit()) {
            case "WORKING_DAY" -> calendar.plusWorkingDays(anchor, r.amount());
            case "MONTH" -> calendar.nextWorkingDayFrom(anchor.plusMonths(r.amount()));
            case "HOUR" -> anchor.plusDays((r.amount() + 23) / 24);
            default -> calendar.plusCalendarDays(anchor, r.amount());
        };
    }

    /**
     * One deadline row. {@code metOn} null: OPEN, unless {@code cancelled}. Returns the due date.
     */
    LocalDate write(CopyBuffer out, Ids ids, String division, String recordType, UUID record, String code, LocalDate anchor,
                    LocalDate metOn, boolean cancelled, String assignee, String caseNo, String link, OffsetDateTime at) {
        Rule r = rule(code);
        LocalDate due = due(code, anchor);
        String status = metOn != null ? (metOn.isAfter(due) ? "MISSED" : "MET") : cancelled ? "CANCELLED" : "OPEN";
        out.uuid(ids.next()).num(0).text(division).text(recordType).uuid(record).text(r.code()).text(r.label()).date(anchor)
                .num(r.amount()).text(r.unit()).date(due).text(r.basis()).date(metOn).text(status).bool(false).text(assignee).nul()
                .text(caseNo).text(link).bool(r.expiry()).ts(at).text(MediationData.BY).ts(at).text(MediationData.BY);
        out.end();
        return due;
    }
}
