package cn.sifa.mediation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.division.Division;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.statistics.Rate;
import cn.sifa.core.statistics.StatisticsPeriod;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.mediation.committee.Committee;
import cn.sifa.mediation.committee.CommitteeType;
import cn.sifa.mediation.dispute.CaseSource;
import cn.sifa.mediation.dispute.DisputeType;
import cn.sifa.mediation.incentive.IncentiveCalculator.MediatorIncentive;
import cn.sifa.mediation.incentive.IncentiveCalculator;
import cn.sifa.mediation.statistics.StatisticsView.Breakdown;

/**
 * The mediation statistics, computed by SQL aggregates over the caller's division subtree (native SQL does not see
 * the Hibernate scope filter, so every statement adds the prefix from {@link DivisionScope#narrowTo(String)}).
 * Each figure counts the records whose own date falls in the period: registrations by received date, successes by
 * the agreement's effective date, failures by the termination date, and so on.
 */
@Component
public class MediationStatistics {

    /**
     * The committees of the subtree, ranked in SQL (names sort by the database's collation), with the COMMITTEE
     * figures of g; the tail of both {@link #CASE_FIGURES} and {@link #MONTH_FIGURES}.
     */
    private static final String COMMITTEE_ROWS = """
            union all
            select 'COMMITTEE', cast(m.id as text), m.name, m.type,
                   row_number() over (order by coalesce(g.succeeded, 0) desc, coalesce(g.registered, 0) desc, m.name),
                   coalesce(g.registered, 0), coalesce(g.succeeded, 0), coalesce(g.failed, 0), coalesce(g.amount, 0),
                   0, 0, 0, 0, 0, 0, 0, 0, 0
            from med_committee m left join g on g.dim = 'COMMITTEE' and g.code = cast(m.id as text)
            where {WITHIN:m:prefix}
            order by ord
            """;

    /**
     * The live path, for a period whose edge months the aggregate cannot split ({@link #readsMonths}).
     * Every figure of med_case in one statement and one pass over the subtree (an index-only scan of
     * med_case_stats_idx, V4_04): step counts as totals (grouping set ()), and registered /
     * succeeded / failed / amount by dispute type, by source, by committee (ranked in SQL: names sort by the database's
     * collation) and by the month of each date. Each
     * figure keeps its own date condition, so only the grouping changed, not a definition.
     */
    private static final String CASE_FIGURES = scoped("""
            with c as (
                select dispute_type, source, committee_id, agreement_amount, jc_result, performance_result,
                       received_on between :from and :to as r,
                       agreement_effective_on between :from and :to as s,
                       failed_on between :from and :to as f,
                       case when received_on between :from and :to then to_char(received_on, 'YYYY-MM') end as rm,
                       case when agreement_effective_on between :from and :to then to_char(agreement_effective_on, 'YYYY-MM') end as sm,
                       case when failed_on between :from and :to then to_char(failed_on, 'YYYY-MM') end as fm,
                       accepted_on between :from and :to as acc,
                       declined_on between :from and :to as dec,
                       police_reported_on between :from and :to as pol,
                       jc_applied_on between :from and :to as jca,
                       jc_decided_on between :from and :to as jcd,
                       performance_checked_on between :from and :to as pc
                from med_case where {WITHIN::prefix}
            ),
            g as materialized (
                select case when grouping(dispute_type) = 0 then 'TYPE' when grouping(source) = 0 then 'SOURCE'
                            when grouping(committee_id) = 0 then 'COMMITTEE' when grouping(rm) = 0 then 'RM'
                            when grouping(sm) = 0 then 'SM' when grouping(fm) = 0 then 'FM' else 'ALL' end as dim,
                       coalesce(dispute_type, source, cast(committee_id as text), rm, sm, fm) as code,
                       count(*) filter (where r) as registered,
                       count(*) filter (where s) as succeeded,
                       count(*) filter (where f) as failed,
                       coalesce(sum(agreement_amount) filter (where s), 0) as amount,
                       count(*) filter (where acc) as accepted,
                       count(*) filter (where dec) as declined,
                       count(*) filter (where pol) as escalations,
                       count(*) filter (where jca) as jc_applied,
                       count(*) filter (where jcd and jc_result = 'CONFIRMED') as jc_confirmed,
                       count(*) filter (where jcd and jc_result = 'REJECTED') as jc_rejected,
                       count(*) filter (where pc and performance_result = 'PERFORMED') as performed,
                       count(*) filter (where pc and performance_result = 'BREACHED') as breached
                from c
                group by grouping sets ((), (dispute_type), (source), (committee_id), (rm), (sm), (fm))
            )
            select g.dim, g.code, null as name, null as type, 0 as ord, g.registered, g.succeeded, g.failed, g.amount, g.accepted, g.declined,
                   g.escalations, g.jc_applied, g.jc_confirmed, g.jc_rejected, g.performed, g.breached, 0 as follow_ups
            from g where g.dim <> 'COMMITTEE' and (g.code is not null or g.dim = 'ALL')
            """ + COMMITTEE_ROWS);


    /**
     * Whether the months of the period give exactly its figures although an edge is part of a month: no aggregate row
     * of the subtree in the month of :from covers a day before it, none in the month of :to a day after it (V4_26:
     * first_day and last_day, never narrower than the days of the row's live events). Always true for whole months;
     * typical for "to = today", as no date lies in the future. One range of med_case_month_idx per subtree.
     */
    private static final String EDGES_INSIDE = """
            not exists (select 1 from med_case_month
                        where {WITHIN::prefix} and month in (:fromMonth, :toMonth)
                          and ((month = :fromMonth and first_day < :from) or (month = :toMonth and last_day > :to)))
            """;

    /**
     * The same figures from the monthly pre-aggregate med_case_month (V4_24: signed delta rows per division, month,
     * dimension and code, appended by triggers in the writing transaction, so exact at any time): one range of
     * (division_code, month) instead of every case of the subtree. Totals and months are sums of the TYPE rows (every
     * case has a type); the follow-ups come along as dim FOLLOW_UP. An amount without any success that carried one
     * is 0, as the live coalesce(sum(...), 0) gives it. Only if {@link #EDGES_INSIDE} holds, tested in the same
     * statement (one snapshot: a row written meanwhile cannot slip between test and read); otherwise it reads no
     * month and answers a row OUTSIDE.
     */
    private static final String MONTH_FIGURES = scoped("""
            with edges as materialized (select\s""" + EDGES_INSIDE + """
            as inside),
            a as materialized (
                select dim, code, to_char(type_month, 'YYYY-MM') as month, grouping(code) as by_code,
                       grouping(type_month) as by_month,
                       sum(registered) as registered, sum(succeeded) as succeeded, sum(failed) as failed,
                       case when sum(amounted) = 0 then 0 else sum(amount) end as amount,
                       sum(accepted) as accepted, sum(declined) as declined, sum(escalations) as escalations,
                       sum(jc_applied) as jc_applied, sum(jc_confirmed) as jc_confirmed, sum(jc_rejected) as jc_rejected,
                       sum(performed) as performed, sum(breached) as breached, sum(follow_ups) as follow_ups
                from (select *, case when dim = 'TYPE' then month end as type_month from med_case_month
                      where {WITHIN::prefix} and month between :fromMonth and :toMonth and (select inside from edges)) m
                group by grouping sets ((dim, code), (dim, type_month), (dim))
            ),
            g as (
                select case when by_code = 0 then dim when by_month = 0 then 'MONTH' when dim = 'TYPE' then 'ALL' else dim end as dim,
                       case when by_code = 0 then code when by_month = 0 then month end as code,
                       registered, succeeded, failed, amount, accepted, declined, escalations, jc_applied, jc_confirmed,
                       jc_rejected, performed, breached, follow_ups
                from a
                where (by_code = 0 and dim <> 'FOLLOW_UP') or (by_month = 0 and dim = 'TYPE')
                   or (by_code = 1 and by_month = 1 and dim in ('TYPE', 'FOLLOW_UP'))
            )
            select g.dim, g.code, null as name, null as type, 0 as ord, g.registered, g.succeeded, g.failed, g.amount, g.accepted,
                   g.declined, g.escalations, g.jc_applied, g.jc_confirmed, g.jc_rejected, g.performed, g.breached, g.follow_ups
            from g where g.dim <> 'COMMITTEE'
            union all
            select 'OUTSIDE', null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 from edges where not inside
            """ + COMMITTEE_ROWS);

    /**
     * Cases of the subtree whose earliest open deadline has passed: current state, not a figure of the period, read
     * from core_deadline (never a copy in med_case). Starts from the subtree's open, past-due deadlines
     * (core_deadline_open_due_idx, V4_24), not from every case; a deadline carries its case's division.
     */
    private static final String OVERDUE = scoped("""
            select count(*) from med_case c
            where c.id in (select d.record_id from core_deadline d
                           where {WITHIN:d:prefix} and d.status = 'OPEN' and d.due_date < :today)
              and {WITHIN:c:prefix} and c.status in ('ACCEPTED', 'MEDIATING', 'AGREEMENT_REACHED', 'REGISTERED')
            """);

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;
    private final DivisionRepository divisions;
    private final IncentiveCalculator incentives;

    private final Clock clock;

    MediationStatistics(NamedParameterJdbcTemplate jdbc, DivisionScope scope, DivisionRepository divisions,
                        IncentiveCalculator incentives, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.scope = scope;
        this.divisions = divisions;
        this.incentives = incentives;
    }

    /** The statistics of the period; the case figures from the monthly aggregate where that is exact ({@link #readsMonths}). */
    @Transactional(readOnly = true)
    public StatisticsView compute(String divisionCode, LocalDate from, LocalDate to) {
        return compute(divisionCode, from, to, true);
    }

    /** @param monthsIfWhole false: the case figures from the cases even where the months are exact (the tests' reference) */
    @Transactional(readOnly = true)
    StatisticsView compute(String divisionCode, LocalDate from, LocalDate to, boolean monthsIfWhole) {
        LocalDate today = StepDates.today(clock);
        StatisticsPeriod period = StatisticsPeriod.of(from, to, today);
        LocalDate start = period.from();
        LocalDate end = period.to();
        String prefix = scope.narrowTo(divisionCode);
        String shownDivision = divisionCode == null || divisionCode.isBlank() ? CurrentCaller.get().divisionCode() : divisionCode;
        MapSqlParameterSource p = params(prefix, start, end, today);
        // the prefix is a range of the division indexes only in a custom plan (DivisionScope)
        scope.planWithActualPrefix();

        CaseFigures cases = monthsIfWhole ? caseFigures(MONTH_FIGURES, p, start, end) : null;
        boolean months = cases != null && !cases.outside;
        if (!months) {
            cases = caseFigures(CASE_FIGURES, p, start, end);
        }
        List<Breakdown> byType = cases.breakdown("TYPE", code -> DisputeType.valueOf(code).label(),
                Arrays.stream(DisputeType.values()).map(Enum::name).toList());
        List<Breakdown> bySource = cases.breakdown("SOURCE", code -> CaseSource.valueOf(code).label(),
                Arrays.stream(CaseSource.values()).map(Enum::name).toList());
        long registered = byType.stream().mapToLong(Breakdown::registered).sum();
        long succeeded = byType.stream().mapToLong(Breakdown::succeeded).sum();
        long failed = byType.stream().mapToLong(Breakdown::failed).sum();
        BigDecimal compensation = byType.stream().map(Breakdown::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> steps = cases.totals;
        long followUps = months ? cases.followUps : count(scoped("""
                select count(*) from med_case_follow_up f join med_case c on c.id = f.case_id
                where {WITHIN:c:prefix} and f.visited_on between :from and :to"""), p);
        long overdue = count(OVERDUE, p);

        Map<String, Object> scr = jdbc.queryForMap(scoped("""
                select count(*) as total,
                       count(*) filter (where s.risk_level = 'HIGH') as high,
                       count(*) filter (where s.escalation_risk) as escalation,
                       count(*) filter (where s.escalation_risk and (s.status = 'RESOLVED'
                           or c.agreement_effective_on is not null)) as prevented,
                       count(*) filter (where s.status = 'CONVERTED') as converted,
                       count(*) filter (where s.status = 'RESOLVED') as resolved
                from med_screening s left join med_case c on c.id = s.case_id
                where {WITHIN:s:prefix} and s.screened_on between :from and :to
                """), p);

        List<StatisticsView.Month> byMonth = cases.months;
        List<StatisticsView.CommitteeRow> committees = cases.committees;

        StatisticsView.Organisation organisation = organisation(p);
        Map<String, Object> experts = jdbc.queryForMap(scoped("""
                select count(*) filter (where requested_on between :from and :to) as requested,
                       count(*) filter (where status = 'ACCEPTED' and responded_on between :from and :to) as accepted,
                       count(*) filter (where status = 'DECLINED' and responded_on between :from and :to) as declined
                from med_expert_request where {WITHIN::prefix}
                """), p);
        List<MediatorIncentive> mediators = incentives.compute(prefix, start, end);

        long performed = num(steps, "performed");
        long breached = num(steps, "breached");
        String divisionName = shownDivision == null || shownDivision.isBlank() ? "全平台"
                : divisions.findById(shownDivision).map(Division::getName).orElse(shownDivision);
        return new StatisticsView(shownDivision, divisionName, start, end, registered, num(steps, "accepted"),
                num(steps, "declined"), succeeded, failed, succeeded + failed, Rate.of(succeeded, succeeded + failed),
                compensation.setScale(2, RoundingMode.HALF_UP),
                bySource.stream().filter(b -> b.code().equals(CaseSource.COURT_REFERRAL.name())).mapToLong(Breakdown::registered).sum(),
                bySource.stream().filter(b -> b.code().equals(CaseSource.PETITION_REFERRAL.name())).mapToLong(Breakdown::succeeded).sum(),
                byType.stream().filter(b -> b.code().equals(DisputeType.LABOUR.name())).mapToLong(Breakdown::succeeded).sum(),
                num(steps, "escalations"), overdue, byType, bySource, byMonth,
                new StatisticsView.ScreeningFigures(num(scr, "total"), num(scr, "high"), num(scr, "escalation"),
                        num(scr, "prevented"), num(scr, "converted"), num(scr, "resolved")),
                new StatisticsView.AfterAgreement(num(steps, "jc_applied"), num(steps, "jc_confirmed"), num(steps, "jc_rejected"),
                        performed, breached, followUps, Rate.of(performed, performed + breached)),
                organisation,
                new StatisticsView.ExpertFigures(num(experts, "requested"), num(experts, "accepted"), num(experts, "declined")),
                committees, mediators,
                mediators.stream().map(MediatorIncentive::subsidy).reduce(BigDecimal.ZERO, BigDecimal::add),
                mediators.stream().mapToLong(MediatorIncentive::creditPoints).sum(),
                summary(divisionName, start, end, succeeded, byType, compensation));
    }

    /**
     * Whether {@link #compute} reads the case figures of the period from the monthly aggregate (as the caller's
     * subtree, the period defaulted as there; the tests' view of the path: the same statement). A period of whole months always does. So
     * does a period with edge days that are parts of months when no event counted in its edge months lies outside it
     * ({@link #EDGES_INSIDE}): the edge months then hold only days of the period, and the months from the one of from
     * to the one of to count exactly its events. Any other period reads the cases themselves.
     */
    @Transactional(readOnly = true)
    boolean readsMonths(String divisionCode, LocalDate from, LocalDate to) {
        LocalDate today = StepDates.today(clock);
        StatisticsPeriod period = StatisticsPeriod.of(from, to, today);
        scope.planWithActualPrefix();
        return !caseFigures(MONTH_FIGURES, params(scope.narrowTo(divisionCode), period.from(), period.to(), today),
                period.from(), period.to()).outside;
    }

    private static MapSqlParameterSource params(String prefix, LocalDate from, LocalDate to, LocalDate today) {
        return new MapSqlParameterSource().addValue("prefix", prefix).addValue("from", from).addValue("to", to)
                .addValue("today", today).addValue("fromMonth", from.withDayOfMonth(1)).addValue("toMonth", to.withDayOfMonth(1));
    }

    /**
     * The med_case figures of {@link #CASE_FIGURES} or {@link #MONTH_FIGURES} (the same columns), sorted into
     * totals, breakdowns, months and committees.
     */
    private CaseFigures caseFigures(String sql, MapSqlParameterSource p, LocalDate from, LocalDate to) {
        CaseFigures f = new CaseFigures();
        Map<String, long[]> months = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            String dim = rs.getString("dim");
            String code = rs.getString("code");
            switch (dim) {
                case "ALL" -> {
                    for (String k : List.of("accepted", "declined", "escalations", "jc_applied", "jc_confirmed", "jc_rejected",
                            "performed", "breached")) {
                        f.totals.put(k, rs.getLong(k));
                    }
                }
                case "TYPE", "SOURCE" -> f.groups.computeIfAbsent(dim, d -> new HashMap<>()).put(code, new long[] {
                        rs.getLong("registered"), rs.getLong("succeeded"), rs.getLong("failed")});
                case "RM" -> months.computeIfAbsent(code, m -> new long[3])[0] = rs.getLong("registered");
                case "SM" -> months.computeIfAbsent(code, m -> new long[3])[1] = rs.getLong("succeeded");
                case "FM" -> months.computeIfAbsent(code, m -> new long[3])[2] = rs.getLong("failed");
                case "MONTH" -> months.put(code, new long[] {rs.getLong("registered"), rs.getLong("succeeded"), rs.getLong("failed")});
                case "FOLLOW_UP" -> f.followUps = rs.getLong("follow_ups");
                case "OUTSIDE" -> f.outside = true;
                case "COMMITTEE" -> f.committees.add(new StatisticsView.CommitteeRow(UUID.fromString(code), rs.getString("name"),
                        CommitteeType.valueOf(rs.getString("type")), rs.getLong("registered"),
                        rs.getLong("succeeded"), rs.getLong("failed"), rs.getBigDecimal("amount")));
                default -> throw new IllegalStateException(dim);
            }
            if (dim.equals("TYPE") || dim.equals("SOURCE")) {
                f.amounts.put(dim + ":" + code, rs.getBigDecimal("amount"));
            }
        });
        // Every month of the period appears, zero or not (the former generate_series).
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            String key = m.toString();
            long[] n = months.getOrDefault(key, new long[3]);
            f.months.add(new StatisticsView.Month(key, n[0], n[1], Rate.of(n[1], n[1] + n[2])));
        }
        return f;
    }

    private static final class CaseFigures {
        final Map<String, Object> totals = new HashMap<>();
        final Map<String, Map<String, long[]>> groups = new HashMap<>();
        final Map<String, BigDecimal> amounts = new HashMap<>();
        final List<StatisticsView.Month> months = new ArrayList<>();
        final List<StatisticsView.CommitteeRow> committees = new ArrayList<>();
        long followUps;
        /** {@link #MONTH_FIGURES} read no month: a day of an edge month lies outside the period */
        boolean outside;

        /** Every code appears, zero or not, so that charts and exports keep a stable shape. */
        List<Breakdown> breakdown(String dim, java.util.function.Function<String, String> label, List<String> allCodes) {
            Map<String, long[]> found = groups.getOrDefault(dim, Map.of());
            return allCodes.stream().map(code -> {
                long[] n = found.get(code);
                return n == null ? new Breakdown(code, label.apply(code), 0, 0, 0, BigDecimal.ZERO)
                        : new Breakdown(code, label.apply(code), n[0], n[1], n[2], amounts.get(dim + ":" + code));
            }).toList();
        }
    }

    private StatisticsView.Organisation organisation(MapSqlParameterSource p) {
        Map<String, Long> byType = new LinkedHashMap<>();
        jdbc.query(scoped("select type, count(*) as n from med_committee where {WITHIN::prefix} and active group by type"),
                p, rs -> {
                    byType.put(rs.getString("type"), rs.getLong("n"));
                });
        List<Breakdown> committeesByType = Arrays.stream(CommitteeType.values())
                .map(t -> new Breakdown(t.name(), t.label(), byType.getOrDefault(t.name(), 0L), 0, 0, BigDecimal.ZERO)).toList();
        // Composition rules of 人民调解法 Art 9, the same as Committee.warnings(), counted in SQL.
        long withWarnings = count(scoped("""
                select count(*) from med_committee m
                where {WITHIN:m:prefix} and m.active and (
                    (select count(*) from med_committee_member x where x.committee_id = m.id) not between :minMembers and :maxMembers
                    or (select count(*) from med_committee_member x where x.committee_id = m.id and x.office = 'DIRECTOR') <> 1
                    or not exists (select 1 from med_committee_member x where x.committee_id = m.id and x.gender = 'FEMALE'))
                """), p.addValue("minMembers", Committee.MIN_MEMBERS).addValue("maxMembers", Committee.MAX_MEMBERS));
        long ending = count(scoped("""
                select count(*) from med_committee where {WITHIN::prefix} and active
                and term_ends_on between :today and cast(:today as date) + interval '3 months'"""), p);
        Map<String, Object> m = jdbc.queryForMap(scoped("""
                select count(*) as total, count(*) filter (where employment = 'FULL_TIME') as full_time,
                       count(*) filter (where in_expert_pool) as experts
                from med_mediator where {WITHIN::prefix} and active"""), p);
        Map<String, Object> s = jdbc.queryForMap(scoped("""
                select count(*) as total,
                       count(*) filter (where exists (select 1 from med_studio_honour h where h.studio_id = s.id
                                                       and h.title like '%金牌%')) as gold
                from med_studio s where {WITHIN:s:prefix}"""), p);
        return new StatisticsView.Organisation(committeesByType, byType.values().stream().mapToLong(Long::longValue).sum(),
                withWarnings, ending, num(m, "total"), Rate.of(num(m, "full_time"), num(m, "total")), num(m, "experts"),
                num(s, "total"), num(s, "gold"));
    }

    /**
     * The work-summary sentence in the bureaus' own shape (开福区 2023 H1): "…共成功调解各类矛盾纠纷3386起,其中,
     * 医疗纠纷130起,交通事故纠纷104起,…,争取赔(补)偿金额4250余万元。" Types are listed by count, "other" left out.
     */
    static String summary(String divisionName, LocalDate from, LocalDate to, long succeeded, List<Breakdown> byType,
                          BigDecimal compensation) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy年M月d日");
        StringBuilder sb = new StringBuilder();
        sb.append(f.format(from)).append("至").append(f.format(to)).append(',').append(divisionName)
                .append("共成功调解各类矛盾纠纷").append(succeeded).append('起');
        String details = byType.stream()
                .filter(b -> b.succeeded() > 0 && !b.code().equals(DisputeType.OTHER.name()))
                .sorted(Comparator.comparingLong(Breakdown::succeeded).reversed())
                .map(b -> b.label() + b.succeeded() + "起")
                .collect(Collectors.joining(","));
        if (!details.isEmpty()) {
            sb.append(",其中,").append(details);
        }
        sb.append(",争取赔(补)偿金额").append(money(compensation)).append('。');
        return sb.toString();
    }

    /** 4250余万元 for 42,503,000.50; 8000元 below ten thousand. */
    static String money(BigDecimal yuan) {
        if (yuan.compareTo(BigDecimal.valueOf(10000)) < 0) {
            return yuan.setScale(0, RoundingMode.HALF_UP).toPlainString() + "元";
        }
        BigDecimal[] wan = yuan.divideAndRemainder(BigDecimal.valueOf(10000));
        return wan[0].toBigInteger() + (wan[1].signum() > 0 ? "余" : "") + "万元";
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    private static long num(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }


    /** Puts the core subtree condition ({@link DivisionScope#within}) where the SQL says {@code {WITHIN:alias:param}}. */
    private static String scoped(String sql) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{WITHIN:(\\w*):([?\\w]+)}").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String alias = m.group(1);
            String sqlText = "?".equals(m.group(2)) ? DivisionScope.within(alias) : DivisionScope.within(alias, m.group(2));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(sqlText));
        }
        m.appendTail(out);
        return out.toString();
    }
}
