package cn.sifa.core.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.division.Division;
import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.DueDates;

/**
 * The leader's dashboard figures over the open deadlines of a division subtree: per service the records with an
 * open deadline, one due soon and one overdue; the records taken in per month (the month of a record's first
 * deadline); and the divisions one level below, ranked by the share of their open records that are overdue.
 * A record counts once however many deadlines it has open. The service is the first segment of the record's
 * portal link ({@code /mediation/cases/…} → {@code mediation}). Native SQL, so every statement restricts the
 * divisions through {@link DivisionScope#within(String, String)}.
 */
@Component
class DeadlineSummary {

    private static final String OPEN_BY_SERVICE_AND_DIVISION = """
            select split_part(d.link, '/', 2) as service, d.division_code,
                   count(distinct d.record_id) as open,
                   count(distinct d.record_id) filter (where d.due_date between :today and :soon) as due_soon,
                   count(distinct d.record_id) filter (where d.due_date < :today) as overdue
              from core_deadline d
             where d.status = 'OPEN' and d.link is not null and %s
             group by 1, 2""".formatted(DivisionScope.within("d", "prefix"));

    private static final String INTAKE_BY_MONTH = """
            select service, date_trunc('month', first_at) as month, count(*) as n from (
                select min(split_part(d.link, '/', 2)) as service, min(d.created_at) as first_at
                  from core_deadline d
                 where d.link is not null and %s
                 group by d.record_id) r
             where first_at >= :from
             group by 1, 2""".formatted(DivisionScope.within("d", "prefix"));

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;
    private final DivisionRepository divisions;
    private final DueDates dueDates;
    private final Clock clock;

    DeadlineSummary(NamedParameterJdbcTemplate jdbc, DivisionScope scope, DivisionRepository divisions, DueDates dueDates,
                    Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.divisions = divisions;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    @Schema(description = "看板:各业务期限汇总")
    record View(
            @Schema(description = "汇总的行政区划", example = "430105") String divisionCode,
            @Schema(description = "统计日", example = "2026-12-05") LocalDate today,
            @Schema(description = "各业务:有未完成期限的记录数、即将到期数、已逾期数") List<ServiceFigures> services,
            @Schema(description = "各业务每月收案数(记录的第一个期限开始的月份),最近 12 个月") List<MonthIntake> intake,
            @Schema(description = "下一级行政区划,按逾期占比从高到低") List<DivisionFigures> divisions) {
    }

    @Schema(description = "一项业务的期限汇总")
    record ServiceFigures(
            @Schema(description = "业务(门户路径的第一段)", example = "mediation") String service,
            @Schema(description = "有未完成期限的记录数", example = "42") long open,
            @Schema(description = "3个工作日内到期的记录数", example = "5") long dueSoon,
            @Schema(description = "已逾期的记录数", example = "3") long overdue) {
    }

    @Schema(description = "一项业务一个月的收案数")
    record MonthIntake(
            @Schema(description = "月份", example = "2026-11") String month,
            @Schema(description = "业务", example = "mediation") String service,
            @Schema(description = "收案数", example = "17") long count) {
    }

    @Schema(description = "一个下级行政区划的期限汇总;本级直接办理的记录为与汇总区划相同的一行")
    record DivisionFigures(
            @Schema(description = "行政区划代码", example = "430105001") String divisionCode,
            @Schema(description = "名称", example = "望麓园街道") String name,
            @Schema(description = "有未完成期限的记录数", example = "12") long open,
            @Schema(description = "已逾期的记录数", example = "2") long overdue,
            @Schema(description = "逾期占比(0–1)", example = "0.1667") double overdueShare) {
    }

    private record Row(String service, String division, long open, long dueSoon, long overdue) {
    }

    @Transactional(readOnly = true)
    View of(String divisionCode) {
        String root = divisionCode == null || divisionCode.isBlank() ? CurrentCaller.get().divisionCode() : divisionCode;
        String prefix = scope.narrowTo(root);
        if (!DivisionCodes.prefixOf(root).startsWith(scope.sqlPrefix())) {
            root = CurrentCaller.get().divisionCode(); // an ancestor of one's own division: one's own subtree
        }
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", prefix)
                .addValue("today", today).addValue("soon", dueDates.dueSoonUntil(today));
        List<Row> rows = jdbc.query(OPEN_BY_SERVICE_AND_DIVISION, params, (rs, i) -> new Row(rs.getString("service"),
                rs.getString("division_code"), rs.getLong("open"), rs.getLong("due_soon"), rs.getLong("overdue")));

        Map<String, long[]> byService = new TreeMap<>();
        for (Row r : rows) {
            long[] f = byService.computeIfAbsent(r.service(), s -> new long[3]);
            f[0] += r.open();
            f[1] += r.dueSoon();
            f[2] += r.overdue();
        }
        List<ServiceFigures> services = byService.entrySet().stream()
                .map(e -> new ServiceFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();

        YearMonth first = YearMonth.from(today).minusMonths(11);
        ZoneId zone = clock.getZone();
        List<MonthIntake> intake = jdbc.query(INTAKE_BY_MONTH,
                new MapSqlParameterSource("prefix", prefix).addValue("from", Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant())),
                (rs, i) -> new MonthIntake(YearMonth.from(rs.getTimestamp("month").toInstant().atZone(zone)).toString(),
                        rs.getString("service"), rs.getLong("n")));
        intake = intake.stream().sorted(Comparator.comparing(MonthIntake::month).thenComparing(MonthIntake::service)).toList();

        return new View(root, today, services, intake, below(root, prefix, rows));
    }

    /** The divisions one level below the root (and the root itself for records kept at its own level), by overdue share. */
    private List<DivisionFigures> below(String root, String prefix, List<Row> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Division child : divisions.findByParentCodeOrderByCode(root)) {
            if (scope.contains(child.getCode())) {
                names.put(child.getCode(), child.getName());
            }
        }
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (Row r : rows) {
            String owner = names.keySet().stream().filter(c -> DivisionCodes.isWithin(r.division(), c)).findFirst()
                    .orElse(r.division().startsWith(prefix) ? root : null);
            if (owner == null) {
                continue;
            }
            long[] f = figures.computeIfAbsent(owner, c -> new long[2]);
            f[0] += r.open();
            f[1] += r.overdue();
        }
        List<DivisionFigures> result = new ArrayList<>();
        for (Map.Entry<String, long[]> e : figures.entrySet()) {
            String code = e.getKey();
            String name = names.containsKey(code) ? names.get(code)
                    : divisions.findById(code).map(d -> d.getName() + "(本级)").orElse(code);
            long open = e.getValue()[0];
            long overdue = e.getValue()[1];
            result.add(new DivisionFigures(code, name, open, overdue, open == 0 ? 0 : Math.round(overdue * 10000.0 / open) / 10000.0));
        }
        result.sort(Comparator.comparingDouble(DivisionFigures::overdueShare).reversed()
                .thenComparing(Comparator.comparingLong(DivisionFigures::overdue).reversed())
                .thenComparing(DivisionFigures::divisionCode));
        return result;
    }
}
