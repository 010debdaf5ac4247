package cn.sifa.mediation.dispute;

/** Codes of the deadline rules this service inserts into {@code core_deadline_rule} (migration V4_02). */
public final class MediationDeadlines {

    /** 30 calendar days from acceptance; local practice, the statute sets no limit. */
    public static final String MEDIATION_TIME_LIMIT = "MEDIATION_TIME_LIMIT";
    /** 人民调解法 Art 33: the parties apply jointly within 30 days of the agreement taking effect. */
    public static final String JUDICIAL_CONFIRMATION_APPLICATION = "JUDICIAL_CONFIRMATION_APPLICATION";
    /** 民事诉讼法 Arts 205 and 187: the court decides within 30 days; informational, it is the court's period. */
    public static final String JUDICIAL_CONFIRMATION_DECISION = "JUDICIAL_CONFIRMATION_DECISION";
    /** 人民调解法 Art 9: a committee's term is 3 years. */
    public static final String COMMITTEE_TERM = "COMMITTEE_TERM";
    /** Local practice: prepare the re-election 3 months before the term ends. */
    public static final String COMMITTEE_RENEWAL_REMINDER = "COMMITTEE_RENEWAL_REMINDER";

    public static final String CASE_RECORD_TYPE = "mediation-case";
    public static final String COMMITTEE_RECORD_TYPE = "mediation-committee";

    private MediationDeadlines() {
    }
}
