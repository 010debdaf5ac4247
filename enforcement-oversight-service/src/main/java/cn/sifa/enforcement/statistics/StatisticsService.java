package cn.sifa.enforcement.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.dictionary.Labeled;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.statistics.Rate;
import cn.sifa.core.statistics.StatisticsPeriod;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.action.EnforcementActType;
import cn.sifa.enforcement.complaint.SupervisionDocumentType;
import cn.sifa.enforcement.filereview.Grade;
import cn.sifa.enforcement.legalreview.MajorReviewStatus;
import cn.sifa.enforcement.legality.LegalitySubjectType;
import cn.sifa.enforcement.leniency.LenientKind;
import cn.sifa.enforcement.statistics.EnforcementStatistics.AgencyCount;
import cn.sifa.enforcement.statistics.EnforcementStatistics.CodeCount;
import cn.sifa.enforcement.threesystems.ThreeSystemsService;
import cn.sifa.enforcement.threesystems.ThreeSystemsView;

/**
 * Plain SQL aggregates, each limited to the division prefix (native SQL is not reached by the Hibernate filter) and
 * to the period on the date that defines the figure (decision, filing, receipt, plan date...).
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    private final ScopedSql jdbc;
    private final ThreeSystemsService threeSystems;
    private final DivisionScope scope;
    private final Clock clock;

    StatisticsService(JdbcTemplate jdbc, ThreeSystemsService threeSystems, DivisionScope scope, Clock clock) {
        this.jdbc = new ScopedSql(jdbc);
        this.threeSystems = threeSystems;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The figures of the caller's scope narrowed to {@code divisionCode}; the period defaults to 1 January to today
     * ({@link StatisticsPeriod}).
     */
    public EnforcementStatistics compute(String divisionCode, LocalDate from, LocalDate to) {
        LocalDate today = StepDates.today(clock);
        StatisticsPeriod period = StatisticsPeriod.of(from, to, today);
        String shown = divisionCode == null || divisionCode.isBlank() ? CurrentCaller.get().divisionCode() : divisionCode;
        return compute(shown, scope.narrowTo(divisionCode), period.from(), period.to(), today);
    }

    private EnforcementStatistics compute(String divisionCode, String prefix, LocalDate from, LocalDate to, LocalDate today) {
        Object[] p = {prefix, from, to};
        long actions = count("select count(*) from enf_action where {inScope} and decided_on between ? and ?", p);
        List<CodeCount> byType = codes("select act_type, count(*) from enf_action where {inScope} "
                + "and decided_on between ? and ? group by act_type order by count(*) desc", EnforcementActType::valueOf, p);
        List<AgencyCount> byAgency = jdbc.query("""
                select a.agency_id, g.name, count(*) from enf_action a join enf_agency g on g.id = a.agency_id
                 where {a.inScope} and a.decided_on between ? and ?
                 group by a.agency_id, g.name order by count(*) desc""",
                (rs, n) -> new AgencyCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)), p);
        List<CodeCount> byMonth = jdbc.query("""
                select to_char(decided_on, 'YYYY-MM') m, count(*) from enf_action
                 where {inScope} and decided_on between ? and ? group by m order by m""",
                (rs, n) -> new CodeCount(rs.getString(1), rs.getString(1), rs.getLong(2)), p);
        BigDecimal penaltyAmount = jdbc.queryForObject("select coalesce(sum(amount), 0) from enf_action where {inScope} "
                + "and decided_on between ? and ? and act_type = 'PENALTY'", BigDecimal.class, p);

        ThreeSystemsView rates = threeSystems.rates(prefix, null, new StatisticsPeriod(from, to));

        long plans = count("select count(*) from enf_file_review_plan where {inScope} and period_to >= ? and period_from <= ?",
                prefix, from, to);
        Object[] fr = {prefix, from, to};
        String scoredIn = "from enf_file_review where {inScope} and scored_on between ? and ?";
        long scored = count("select count(*) " + scoredIn, fr);
        List<CodeCount> byGrade = codes("select grade, count(*) " + scoredIn + " group by grade order by grade", Grade::valueOf, fr);
        BigDecimal mean = jdbc.queryForObject("select round(avg(score), 1) " + scoredIn, BigDecimal.class, fr);
        long excellent = byGrade.stream().filter(c -> c.code().equals("EXCELLENT")).mapToLong(CodeCount::count).sum();
        long sampled = count("""
                select count(*) from enf_file_review f join enf_file_review_plan p on p.id = f.plan_id
                 where {f.inScope} and p.sampled_on between ? and ?""", fr);
        long rectificationDue = count("select count(*) from enf_file_review where {inScope} and status = 'RECTIFICATION_DUE' "
                + "and notified_on between ? and ?", fr);

        EnforcementStatistics.Filings filings = filings("enf_penalty_filing", "('NO_ISSUE','CORRECTION_REQUIRED','CORRECTED')", p);
        EnforcementStatistics.Filings normative = filings("enf_normative_document", "('NO_ISSUE','CORRECTION_REQUIRED','CORRECTED_REPORTED')", p);

        List<CodeCount> reviewStatus = codes("select status, count(*) from enf_major_decision_review where {inScope} "
                + "and submitted_on between ? and ? group by status order by status", MajorReviewStatus::valueOf, p);
        long reviewsTotal = reviewStatus.stream().mapToLong(CodeCount::count).sum();
        long reviewsDone = reviewStatus.stream().filter(c -> !c.code().equals("SUBMITTED") && !c.code().equals("REVIEWING"))
                .mapToLong(CodeCount::count).sum();

        EnforcementStatistics.Inspections inspections = jdbc.queryForObject("""
                select count(*), count(distinct enterprise_credit_code), count(*) filter (where cardinality(joint_agency_ids) > 0),
                       count(*) filter (where over_cap), count(*) filter (where checked_in_at is not null)
                  from enf_inspection where {inScope} and planned_on between ? and ? and status <> 'REJECTED'""",
                (rs, n) -> {
                    long total = rs.getLong(1);
                    long enterprises = rs.getLong(2);
                    return new EnforcementStatistics.Inspections(total, enterprises,
                            enterprises == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(enterprises), 2, RoundingMode.HALF_UP),
                            0, rs.getLong(3), rs.getLong(4), rs.getLong(5));
                }, p);
        Long maxPer = jdbc.queryForObject("""
                select coalesce(max(c), 0) from (select count(*) c from enf_inspection
                 where {inScope} and planned_on between ? and ? and status <> 'REJECTED'
                 group by enterprise_credit_code, inspection_year) t""", Long.class, p);
        inspections = new EnforcementStatistics.Inspections(inspections.total(), inspections.enterprises(), inspections.perEnterprise(),
                maxPer, inspections.joint(), inspections.overCap(), inspections.checkedIn());

        long received = count("select count(*) from enf_complaint where {inScope} and received_on between ? and ?", p);
        long closed = count("select count(*) from enf_complaint where {inScope} and received_on between ? and ? "
                + "and status = 'CLOSED'", p);
        long unfounded = count("select count(*) from enf_complaint where {inScope} and received_on between ? and ? "
                + "and outcome = 'UNFOUNDED'", p);
        List<CodeCount> byDocument = codes("select document_type, count(*) from enf_complaint where {inScope} "
                + "and document_issued_on between ? and ? and document_type is not null group by document_type order by document_type",
                SupervisionDocumentType::valueOf, p);

        List<CodeCount> byKind = codes("select kind, count(*) from enf_lenient_decision where {inScope} "
                + "and decided_on between ? and ? group by kind order by kind", LenientKind::valueOf, p);
        long listItems = count("select count(*) from enf_leniency_item where {inScope} and published_on <= ?", prefix, to);

        List<CodeCount> legalityByType = codes("select subject_type, count(*) from enf_legality_review where {inScope} "
                + "and received_on between ? and ? group by subject_type order by subject_type", LegalitySubjectType::valueOf, p);
        EnforcementStatistics.Legality legality = jdbc.queryForObject("""
                select count(*), count(*) filter (where opinion is not null), count(*) filter (where adopted),
                       count(*) filter (where adopted is not null), coalesce(sum(amount) filter (where subject_type = 'CONTRACT'), 0)
                  from enf_legality_review where {inScope} and received_on between ? and ?""",
                (rs, n) -> new EnforcementStatistics.Legality(rs.getLong(1), legalityByType, rs.getLong(2),
                        Rate.of(rs.getLong(3), rs.getLong(4)), rs.getBigDecimal(5)), p);

        EnforcementStatistics.People people = jdbc.queryForObject("""
                select (select count(*) from enf_agency where {inScope} and active),
                       count(*), count(*) filter (where certificate_valid_until < ?),
                       count(*) filter (where certificate_valid_until >= ? and certificate_valid_until < ?),
                       count(*) filter (where exam_result = 'PASSED'), count(*) filter (where legal_qualification)
                  from enf_officer where {inScope} and active""",
                (rs, n) -> new EnforcementStatistics.People(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)), prefix, today, today, today.plusDays(30), prefix);

        return new EnforcementStatistics(divisionCode, from, to,
                new EnforcementStatistics.Actions(actions, byType, byAgency, byMonth, penaltyAmount),
                new EnforcementStatistics.ThreeSystems(rates.publication(), rates.legalReview(), rates.recording()),
                new EnforcementStatistics.FileReviews(plans, sampled, scored, byGrade, mean, Rate.of(excellent, scored), rectificationDue),
                filings, new EnforcementStatistics.Count(reviewsTotal, reviewsDone, reviewStatus), inspections,
                new EnforcementStatistics.Complaints(received, closed, Rate.of(closed, received), unfounded, byDocument),
                new EnforcementStatistics.Leniency(byKind.stream().mapToLong(CodeCount::count).sum(), byKind, listItems),
                legality, normative, people);
    }

    private EnforcementStatistics.Filings filings(String table, String reviewedStatuses, Object[] p) {
        return jdbc.queryForObject("select count(*), count(*) filter (where filed_late), count(*) filter (where status in "
                        + reviewedStatuses + "), count(*) filter (where status = 'CORRECTION_REQUIRED' or corrected_on is not null) from "
                        + table + " where {inScope} and filed_on between ? and ?",
                (rs, n) -> new EnforcementStatistics.Filings(rs.getLong(1), rs.getLong(2), Rate.of(rs.getLong(1) - rs.getLong(2), rs.getLong(1)),
                        rs.getLong(3), rs.getLong(4)), p);
    }

    /**
     * Native SQL that says {@code {inScope}} (or {@code {a.inScope}} for an alias) where it is limited to the division
     * subtree: the predicate is always {@link DivisionScope#within}, never written by hand.
     */
    private static final class ScopedSql {
        private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(?:(\\w+)\\.)?inScope}");
        private final JdbcTemplate jdbc;

        ScopedSql(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        static String sql(String sql) {
            return PLACEHOLDER.matcher(sql).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(DivisionScope.within(m.group(1))));
        }

        <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
            return jdbc.query(sql(sql), mapper, args);
        }

        <T> T queryForObject(String sql, RowMapper<T> mapper, Object... args) {
            return jdbc.queryForObject(sql(sql), mapper, args);
        }

        <T> T queryForObject(String sql, Class<T> type, Object... args) {
            return jdbc.queryForObject(sql(sql), type, args);
        }
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private <E extends Enum<E> & Labeled> List<CodeCount> codes(String sql, Function<String, E> parse, Object... args) {
        return jdbc.query(sql, (rs, n) -> {
            String code = rs.getString(1);
            return new CodeCount(code, code == null ? "未评" : parse.apply(code).label(), rs.getLong(2));
        }, args);
    }
}
