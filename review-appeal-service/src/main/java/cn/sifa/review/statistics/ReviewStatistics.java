package cn.sifa.review.statistics;

import java.time.LocalDate;
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
import cn.sifa.core.workflow.Workflow;
import cn.sifa.review.litigation.AccountabilityMeasure;
import cn.sifa.review.litigation.Litigation;
import cn.sifa.review.reconsideration.ActCategory;
import cn.sifa.review.reconsideration.ReconsiderationOutcome;
import cn.sifa.review.reconsideration.ReconsiderationOutcomes;
import cn.sifa.review.statistics.ReviewStatisticsView.CodeCount;
import cn.sifa.review.statistics.ReviewStatisticsView.LitigationFigures;
import cn.sifa.review.statistics.ReviewStatisticsView.NameCount;
import cn.sifa.review.statistics.ReviewStatisticsView.ReconsiderationFigures;

/**
 * The figures bureaus report for 行政复议 and 行政应诉 (METRICS.md), by SQL aggregates over the requested division
 * subtree (native SQL does not see the Hibernate scope filter: every statement restricts with
 * {@link DivisionScope#within(String, String)}). Each figure counts the records whose own date falls in the period.
 */
@Service
@Transactional(readOnly = true)
public class ReviewStatistics {

    private static final String RECONSIDERATION_FIGURES = """
            select count(*) filter (where received_on between :from and :to) as received,
                   count(*) filter (where received_on between :lyFrom and :lyTo) as received_last_year,
                   count(*) filter (where accepted_on between :from and :to) as accepted,
                   count(*) filter (where concluded_on between :from and :to) as concluded,
                   count(*) filter (where received_on < :from and (concluded_on is null or concluded_on >= :from)) as carried_over,
                   count(*) filter (where concluded_on between :from and :to and outcome in (:merits)) as merits,
                   count(*) filter (where concluded_on between :from and :to and outcome in (:corrections)) as corrected,
                   count(*) filter (where concluded_on between :from and :to and outcome = 'MEDIATED') as mediated,
                   count(*) filter (where concluded_on between :from and :to and outcome = 'WITHDRAWN') as withdrawn,
                   count(*) filter (where concluded_on between :from and :to and committee_consulted) as consulted,
                   count(*) filter (where concluded_on between :from and :to and exists (select 1 from core_deadline d
                       where d.record_id = r.id and d.kind like 'RV_DECISION_%%' and d.status in ('MET', 'MISSED'))) as timed,
                   count(*) filter (where concluded_on between :from and :to and exists (select 1 from core_deadline d
                       where d.record_id = r.id and d.kind like 'RV_DECISION_%%' and d.status = 'MET')) as on_time
              from rv_reconsideration r
             where %s""".formatted(DivisionScope.within("r", "prefix"));

    private static final String LITIGATION_FIGURES = """
            select count(*) filter (where summons_received_on between :from and :to) as new_cases,
                   count(*) filter (where summons_received_on between :lyFrom and :lyTo) as new_last_year,
                   count(*) filter (where summons_received_on < :from and (judged_on is null or judged_on >= :from)) as carried_over,
                   count(*) filter (where instance = 'FIRST' and judged_on between :from and :to) as first_judged,
                   count(*) filter (where instance = 'FIRST' and judged_on between :from and :to and outcome in (:losses)) as first_lost,
                   count(*) filter (where judged_on between :from and :to) as judged,
                   count(*) filter (where judged_on between :from and :to and outcome not in (:losses)) as won,
                   count(*) filter (where last_hearing_on between :from and :to) as heard,
                   count(*) filter (where last_hearing_on between :from and :to and head_appeared) as head_appeared
              from rv_litigation l
             where %s""".formatted(DivisionScope.within("l", "prefix"));

    private static final String RECONSIDERATIONS_BY_CATEGORY = """
            select act_category as code, count(*) as n from rv_reconsideration r
             where %s and received_on between :from and :to group by act_category order by n desc, act_category"""
            .formatted(DivisionScope.within("r", "prefix"));

    private static final String LITIGATIONS_BY_CATEGORY = """
            select act_category as code, count(*) as n from rv_litigation l
             where %s and summons_received_on between :from and :to group by act_category order by n desc, act_category"""
            .formatted(DivisionScope.within("l", "prefix"));

    private static final String RECONSIDERATIONS_BY_RESPONDENT = """
            select respondent_name as name, count(*) as n from rv_reconsideration r
             where %s and received_on between :from and :to group by respondent_name order by n desc, respondent_name limit 50"""
            .formatted(DivisionScope.within("r", "prefix"));

    private static final String ACCOUNTABILITY_BY_MEASURE = """
            select measure as code, count(*) as n from rv_accountability a
             where %s and decided_on between :from and :to group by measure order by n desc, measure"""
            .formatted(DivisionScope.within("a", "prefix"));

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;
    private final Workflow workflow;

    ReviewStatistics(NamedParameterJdbcTemplate jdbc, DivisionScope scope, Workflow workflow) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.workflow = workflow;
    }

    public ReviewStatisticsView of(String divisionCode, LocalDate from, LocalDate to) {
        StatisticsPeriod period = StatisticsPeriod.of(from, to, workflow.today());
        StatisticsPeriod lastYear = period.yearBefore();
        String prefix = scope.narrowTo(divisionCode);
        scope.planWithActualPrefix();
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("prefix", prefix)
                .addValue("from", period.from()).addValue("to", period.to())
                .addValue("lyFrom", lastYear.from()).addValue("lyTo", lastYear.to())
                .addValue("merits", names(ReconsiderationOutcomes.DECISIONS.stream()
                        .filter(o -> o != ReconsiderationOutcome.APPLICATION_DISMISSED).toList()))
                .addValue("corrections", names(List.copyOf(ReconsiderationOutcomes.CORRECTIONS)))
                .addValue("losses", names(List.copyOf(Litigation.LOSSES)));
        ReconsiderationFigures reconsideration = jdbc.queryForObject(RECONSIDERATION_FIGURES, p, (rs, i) -> {
            long concluded = rs.getLong("concluded");
            return new ReconsiderationFigures(rs.getLong("received"), rs.getLong("accepted"), concluded,
                    rs.getLong("carried_over"), Rate.of(rs.getLong("on_time"), rs.getLong("timed")),
                    Rate.of(rs.getLong("corrected"), rs.getLong("merits")),
                    Rate.of(rs.getLong("mediated") + rs.getLong("withdrawn"), concluded),
                    rs.getLong("mediated"), rs.getLong("withdrawn"), rs.getLong("consulted"),
                    rs.getLong("received_last_year"), growth(rs.getLong("received"), rs.getLong("received_last_year")),
                    counts(RECONSIDERATIONS_BY_CATEGORY, p, ActCategory.class), jdbc.query(RECONSIDERATIONS_BY_RESPONDENT, p,
                            (row, j) -> new NameCount(row.getString("name"), row.getLong("n"))));
        });
        LitigationFigures litigation = jdbc.queryForObject(LITIGATION_FIGURES, p, (rs, i) -> new LitigationFigures(
                rs.getLong("new_cases"), rs.getLong("carried_over"), rs.getLong("first_lost"),
                Rate.of(rs.getLong("first_lost"), rs.getLong("first_judged")), Rate.of(rs.getLong("won"), rs.getLong("judged")),
                Rate.of(rs.getLong("head_appeared"), rs.getLong("heard")), rs.getLong("new_last_year"),
                growth(rs.getLong("new_cases"), rs.getLong("new_last_year")), counts(LITIGATIONS_BY_CATEGORY, p, ActCategory.class),
                counts(ACCOUNTABILITY_BY_MEASURE, p, AccountabilityMeasure.class)));
        return new ReviewStatisticsView(prefix, period.from(), period.to(), reconsideration, litigation);
    }

    private <E extends Enum<E> & Labeled> List<CodeCount> counts(String sql, MapSqlParameterSource p, Class<E> codes) {
        Map<String, String> labels = java.util.Arrays.stream(codes.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Labeled::label));
        return jdbc.query(sql, p, (rs, i) -> new CodeCount(rs.getString("code"), labels.get(rs.getString("code")), rs.getLong("n")));
    }

    /** 同比增长: (now − last year) / last year; null when last year had none. */
    private static Double growth(long now, long lastYear) {
        return lastYear == 0 ? null : Math.round((now - lastYear) * 10000.0 / lastYear) / 10000.0;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
