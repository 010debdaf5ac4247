package cn.sifa.legalaid.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.dictionary.Labeled;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.statistics.Rate;
import cn.sifa.core.statistics.StatisticsPeriod;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.aidcase.SpecialGroup;
import cn.sifa.legalaid.consultation.ConsultationChannel;
import cn.sifa.legalaid.duty.DutyPostKind;
import cn.sifa.legalaid.statistics.LegalAidStatisticsView.Breakdown;

/**
 * The legal-aid statistics by SQL aggregates over the caller's division subtree (native SQL does not see the
 * Hibernate scope filter: every statement restricts with {@link DivisionScope#within(String, String)}). Each figure
 * counts the records whose own date falls in the period; on-time rates read {@code core_deadline}.
 */
@Service
@Transactional(readOnly = true)
public class LegalAidStatistics {

    private static final String APPLICATIONS = """
            select count(*) filter (where received_on between :from and :to) as applications,
                   count(*) filter (where received_on between :lastFrom and :lastTo) as last_year,
                   count(*) filter (where granted and coalesce(objection_decided_on, decided_on) between :from and :to) as grants,
                   -- a refusal stays a refusal of its date, also when an objection later ordered its correction
                   count(*) filter (where (not granted or objection_result = 'ORDER_CORRECTION') and decided_on between :from and :to) as refusals,
                   count(*) filter (where withdrawn_on between :from and :to) as withdrawn,
                   count(*) filter (where objection_filed_on between :from and :to) as objections,
                   count(*) filter (where missing_materials is not null and received_on between :from and :to) as missing,
                   count(*) filter (where channel = 'HOME_VISIT' and received_on between :from and :to) as home_visits,
                   count(*) filter (where channel = 'ONLINE' and received_on between :from and :to) as online,
                   count(*) filter (where detained and received_on between :from and :to) as detained
              from la_application a where \s""" + DivisionScope.within("a", "prefix");

    private static final String CASES = """
            select count(*) filter (where source = 'NOTIFICATION' and opened_on between :from and :to) as notified,
                   count(*) filter (where opened_on between :from and :to) as opened,
                   count(*) filter (where opened_on between :lastFrom and :lastTo) as opened_last_year,
                   coalesce(sum(subsidy_amount) filter (where closed_on between :from and :to), 0) as subsidy,
                   count(*) filter (where termination_objection_filed_on between :from and :to) as termination_objections,
                   count(*) filter (where closed_on between :from and :to) as closed,
                   count(*) filter (where terminated_on between :from and :to) as terminated,
                   coalesce(sum(recovered_amount) filter (where closed_on between :from and :to), 0) as recovered,
                   count(*) filter (where opened_on between :from and :to and matter = 'LABOUR_REMUNERATION'
                                    and special_groups like '%MIGRANT_WORKER%') as wage_cases,
                   coalesce(sum(recovered_amount) filter (where closed_on between :from and :to and matter = 'LABOUR_REMUNERATION'
                                    and special_groups like '%MIGRANT_WORKER%'), 0) as wage_recovered,
                   count(*) filter (where category = 'CIVIL' and assigned_on between :from and :to) as civil_assigned,
                   count(*) filter (where category = 'CIVIL' and assigned_on between :from and :to and chosen_by_applicant) as civil_chosen
              from la_case c where \s""" + DivisionScope.within("c", "prefix");

    private static final String DUTY = """
            select count(*) as services, count(*) filter (where plea_leniency) as plea,
                   count(*) filter (where plea_signing_witnessed) as witnessed, coalesce(sum(persons_helped), 0) as persons
              from la_duty_lawyer_service s where served_on between :from and :to and \s""" + DivisionScope.within("s", "prefix");
    private static final String DUTY_BY_POST = "select post_kind as code, sum(persons_helped) as n from la_duty_lawyer_service s "
            + "where served_on between :from and :to and " + DivisionScope.within("s", "prefix") + " group by post_kind";
    private static final String CONSULTATIONS = """
            select count(*) filter (where consulted_on between :from and :to) as consultations,
                   coalesce(sum(persons) filter (where consulted_on between :from and :to), 0) as persons,
                   coalesce(sum(persons) filter (where consulted_on between :lastFrom and :lastTo), 0) as persons_last_year
              from la_consultation c where \s""" + DivisionScope.within("c", "prefix");
    private static final String CONSULTATIONS_BY_CHANNEL = "select channel as code, sum(persons) as n from la_consultation c "
            + "where consulted_on between :from and :to and " + DivisionScope.within("c", "prefix") + " group by channel";

    private static final String BY_CATEGORY = "select category as code, count(*) as n from la_case c where opened_on between :from and :to and "
            + DivisionScope.within("c", "prefix") + " group by category";
    private static final String BY_MATTER = "select matter as code, count(*) as n from la_case c where opened_on between :from and :to and "
            + DivisionScope.within("c", "prefix") + " group by matter";
    private static final String BY_GROUP = """
            select g as code, count(*) as n
              from la_case c cross join lateral unnest(string_to_array(nullif(c.special_groups, ''), ',')) as g
             where opened_on between :from and :to and \s""" + DivisionScope.within("c", "prefix") + " group by g";

    private static final String ON_TIME = """
            select count(*) filter (where d.status = 'MET') as met, count(*) as decided
              from core_deadline d
             where d.kind in (:kinds) and d.status in ('MET', 'MISSED') and d.met_on between :from and :to and \s"""
            + DivisionScope.within("d", "prefix");

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;
    private final Clock clock;

    LegalAidStatistics(NamedParameterJdbcTemplate jdbc, DivisionScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    public LegalAidStatisticsView compute(String divisionCode, LocalDate from, LocalDate to) {
        scope.planWithActualPrefix();
        StatisticsPeriod period = StatisticsPeriod.of(from, to, StepDates.today(clock));
        StatisticsPeriod lastYear = period.yearBefore();
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("prefix", scope.narrowTo(divisionCode))
                .addValue("from", period.from()).addValue("to", period.to())
                .addValue("lastFrom", lastYear.from()).addValue("lastTo", lastYear.to());
        Map<String, Object> a = jdbc.queryForMap(APPLICATIONS, p);
        Map<String, Object> c = jdbc.queryForMap(CASES, p);
        Map<String, Object> d = jdbc.queryForMap(DUTY, p);
        Map<String, Object> q = jdbc.queryForMap(CONSULTATIONS, p);
        long applications = n(a, "applications");
        long lastYearApplications = n(a, "last_year");
        return new LegalAidStatisticsView(period.from(), period.to(), applications, lastYearApplications,
                growth(applications, lastYearApplications),
                n(a, "grants"), n(a, "refusals"), n(a, "withdrawn"), n(a, "objections"), n(a, "missing"), n(a, "home_visits"),
                n(a, "online"), n(c, "notified"), n(c, "opened"), n(c, "closed"), n(c, "terminated"), amount(c, "recovered"),
                n(c, "wage_cases"), amount(c, "wage_recovered"), Rate.of(n(c, "civil_chosen"), n(c, "civil_assigned")),
                onTime(p, List.of("LA_REVIEW_DECISION")), onTime(p, List.of("LA_ASSIGNMENT", "LA_NOTIFIED_ASSIGNMENT")),
                breakdown(BY_CATEGORY, p, AidCategory.values()), breakdown(BY_MATTER, p, AidMatter.values()),
                breakdown(BY_GROUP, p, SpecialGroup.values()),
                n(a, "detained"), onTime(p, List.of("LA_DETAINED_FORWARDING")), n(c, "opened_last_year"),
                growth(n(c, "opened"), n(c, "opened_last_year")), n(c, "termination_objections"), amount(c, "subsidy"),
                n(d, "services"), n(d, "plea"), n(d, "witnessed"), n(d, "persons"), breakdown(DUTY_BY_POST, p, DutyPostKind.values()),
                n(q, "consultations"), n(q, "persons"), n(q, "persons_last_year"), growth(n(q, "persons"), n(q, "persons_last_year")),
                breakdown(CONSULTATIONS_BY_CHANNEL, p, ConsultationChannel.values()));
    }

    /** (this − last) / last, to 4 decimals; null when last is 0. */
    private static Double growth(long current, long last) {
        return last == 0 ? null : Math.round((current - last) * 10000.0 / last) / 10000.0;
    }

    private Rate onTime(MapSqlParameterSource p, List<String> kinds) {
        Map<String, Object> r = jdbc.queryForMap(ON_TIME, new MapSqlParameterSource(p.getValues()).addValue("kinds", kinds));
        return Rate.of(n(r, "met"), n(r, "decided"));
    }

    /** Every code of the table in its order, with zero where nothing was counted. */
    private <E extends Enum<E> & Labeled> List<Breakdown> breakdown(String sql, MapSqlParameterSource p, E[] codes) {
        Map<String, Long> counts = jdbc.queryForList(sql, p).stream()
                .collect(Collectors.toMap(r -> (String) r.get("code"), r -> ((Number) r.get("n")).longValue()));
        return Arrays.stream(codes).map(e -> new Breakdown(e.name(), e.label(), counts.getOrDefault(e.name(), 0L))).toList();
    }

    private static long n(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static BigDecimal amount(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v instanceof BigDecimal b ? b.setScale(2, java.math.RoundingMode.HALF_UP) : new BigDecimal(v.toString());
    }
}
