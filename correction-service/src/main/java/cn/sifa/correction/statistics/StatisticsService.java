package cn.sifa.correction.statistics;

import java.math.BigDecimal;
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
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.assessment.Investigation;
import cn.sifa.correction.statistics.CorrectionStatistics.CodeCount;
import cn.sifa.correction.subject.CorrectionMeasure;
import cn.sifa.correction.subject.SubjectKind;

/** The figures over native SQL, limited to the requested subtree only through {@link DivisionScope#within}. */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    private static final String ACTIVE = "('RECEIVED', 'UNDER_CORRECTION', 'LOST_CONTACT', 'REVOCATION_PROPOSED', 'DISCHARGE_PENDING')";

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;
    private final Workflow workflow;

    StatisticsService(NamedParameterJdbcTemplate jdbc, DivisionScope scope, Workflow workflow) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.workflow = workflow;
    }

    public CorrectionStatistics of(String divisionCode, LocalDate from, LocalDate to) {
        LocalDate today = workflow.today();
        StatisticsPeriod period = StatisticsPeriod.of(from, to, today);
        String prefix = scope.narrowTo(divisionCode);
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix).addValue("from", period.from())
                .addValue("to", period.to()).addValue("today", today).addValue("recordType", Investigation.RECORD_TYPE);
        String s = " from cr_subject s where " + DivisionScope.within("s", "prefix");
        List<CodeCount> byKind = counts("select s.kind, count(*)" + s + " and s.status in " + ACTIVE + " group by s.kind", p,
                SubjectKind.class);
        long inRegister = byKind.stream().mapToLong(CodeCount::count).sum();
        long minors = count("select count(*)" + s + " and s.status in " + ACTIVE + " and s.minor", p);
        long intake = count("select count(*)" + s + " and s.reported_on between :from and :to", p);
        long discharged = count("select count(*)" + s + " and s.status = 'DISCHARGED' and s.ended_on between :from and :to", p);
        long terminated = count("select count(*)" + s + " and s.status = 'TERMINATED' and s.ended_on between :from and :to", p);
        long lostContact = count("select count(*)" + s + " and s.status = 'LOST_CONTACT'", p);
        long reportInOverdue = count("select count(*)" + s + " and s.status = 'AWAITING_REPORT' and exists (select 1 from core_deadline d "
                + "where d.record_id = s.id and d.kind in ('REPORT_IN', 'CORRECTION_HANDOVER') and d.status = 'OPEN' and d.due_date < :today)", p);
        String done = " from cr_investigation i join core_deadline d on d.record_id = i.id and d.record_type = :recordType "
                + "and d.kind in ('EVALUATION', 'EVALUATION_EXPEDITED') where " + DivisionScope.within("i", "prefix")
                + " and i.submitted_on between :from and :to";
        long assessments = count("select count(*)" + done, p);
        long onTime = count("select count(*)" + done + " and d.status = 'MET'", p);
        List<CodeCount> measures = counts("select m.measure, count(*) from cr_measure m where " + DivisionScope.within("m", "prefix")
                + " and m.decided_on between :from and :to group by m.measure", p, CorrectionMeasure.class);
        long transferredOut = count("select count(*)" + s + " and s.status = 'TRANSFERRED_OUT' and s.transferred_on between :from and :to", p);
        String hours = "select coalesce(sum(e.hours), 0) from cr_education_record e where " + DivisionScope.within("e", "prefix")
                + " and e.held_on between :from and :to and e.kind = ";
        BigDecimal education = jdbc.queryForObject(hours + "'EDUCATION'", p, BigDecimal.class);
        BigDecimal service = jdbc.queryForObject(hours + "'COMMUNITY_SERVICE'", p, BigDecimal.class);
        String supporting = " from cr_released_person r where " + DivisionScope.within("r", "prefix") + " and r.status = 'SUPPORTING'";
        long underSupport = count("select count(*)" + supporting, p);
        long keyPersons = count("select count(*)" + supporting + " and r.key_person", p);
        long verified = count("select count(*)" + supporting + " and r.verified", p);
        long reoffended = count("select count(*) from cr_released_person r where " + DivisionScope.within("r", "prefix")
                + " and r.status = 'REOFFENDED' and r.ended_on between :from and :to", p);
        long reoffending = count("select count(*)" + s + " and s.termination_ground = 'NEW_CRIME' and s.ended_on between :from and :to", p);
        long everInRegister = count("select count(*)" + s + " and s.reported_on <= :to and (s.ended_on is null or s.ended_on >= :from)"
                + " and (s.transferred_on is null or s.transferred_on >= :from)", p);
        return new CorrectionStatistics(prefix, period.from(), period.to(), inRegister, byKind, minors, intake, discharged,
                terminated, assessments, Rate.of(onTime, assessments), measures, lostContact, reportInOverdue, transferredOut,
                education, service, underSupport, keyPersons, Rate.of(verified, underSupport), reoffended,
                reoffending, Rate.of(reoffending, everInRegister));
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    /** Every code of the table, in its order, with zero where nothing was counted. */
    private <E extends Enum<E> & Labeled> List<CodeCount> counts(String sql, MapSqlParameterSource p, Class<E> codes) {
        Map<String, Long> found = jdbc.query(sql, p, (rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(codes.getEnumConstants()).map(c -> new CodeCount(c.name(), c.label(), found.getOrDefault(c.name(), 0L)))
                .toList();
    }
}
