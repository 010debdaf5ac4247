package cn.sifa.enforcement.action;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineCalculator.DueDate;
import cn.sifa.core.deadline.DeadlineUnit;

/**
 * The date by which a decision must be made public (国办发〔2018〕118号: 7 working days for licensing and penalty
 * decisions, 20 for the others). The periods are the configurable rules ENF_PUBLICATION_LICENSING_PENALTY and
 * ENF_PUBLICATION_OTHER of {@code core_deadline_rule} (a province may override them). One instance per batch: a
 * batch has few distinct decision dates, so each is computed once.
 */
@Component
public class PublicationDueDates {

    static final String RULE_LICENSING_PENALTY = "ENF_PUBLICATION_LICENSING_PENALTY";
    static final String RULE_OTHER = "ENF_PUBLICATION_OTHER";

    private final JdbcTemplate jdbc;
    private final DeadlineCalculator calculator;

    public PublicationDueDates(JdbcTemplate jdbc, DeadlineCalculator calculator) {
        this.jdbc = jdbc;
        this.calculator = calculator;
    }

    /** A calculator for one division's batch. */
    public Batch forDivision(String divisionCode) {
        return forDivision(divisionCode, calculator);
    }

    /** A calculator for one division over a given calendar (the one just published, before its cache is swapped). */
    public Batch forDivision(String divisionCode, DeadlineCalculator over) {
        return new Batch(rule(RULE_LICENSING_PENALTY, divisionCode, 7), rule(RULE_OTHER, divisionCode, 20), over);
    }

    static boolean isSevenDays(EnforcementActType type) {
        return type == EnforcementActType.LICENSING || type == EnforcementActType.PENALTY;
    }

    private Period rule(String code, String divisionCode, int fallbackDays) {
        List<Period> rules = jdbc.query("""
                select amount, unit from core_deadline_rule
                 where code = ? and (province_code is null or left(province_code, 2) = left(?, 2))
                 order by province_code nulls last limit 1""",
                (rs, i) -> new Period(rs.getInt(1), DeadlineUnit.valueOf(rs.getString(2))), code, divisionCode);
        // The migration inserts both rules; the fallback only guards a database an administrator emptied.
        return rules.isEmpty() ? new Period(fallbackDays, DeadlineUnit.WORKING_DAY) : rules.get(0);
    }

    record Period(int amount, DeadlineUnit unit) {
    }

    public final class Batch {
        private final Period licensingPenalty;
        private final Period other;
        private final DeadlineCalculator over;
        private final Map<LocalDate, DueDate> licensingPenaltyDue = new HashMap<>();
        private final Map<LocalDate, DueDate> otherDue = new HashMap<>();

        Batch(Period licensingPenalty, Period other, DeadlineCalculator over) {
            this.licensingPenalty = licensingPenalty;
            this.other = other;
            this.over = over;
        }

        /** The due date, provisional when a year that decides it has no published holiday schedule yet. */
        public DueDate dueFor(EnforcementActType type, LocalDate decidedOn) {
            boolean seven = isSevenDays(type);
            Period period = seven ? licensingPenalty : other;
            return (seven ? licensingPenaltyDue : otherDue).computeIfAbsent(decidedOn,
                    d -> over.due(d, period.amount(), period.unit()));
        }
    }
}
