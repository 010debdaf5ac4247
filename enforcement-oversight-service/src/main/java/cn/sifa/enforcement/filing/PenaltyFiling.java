package cn.sifa.enforcement.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.action.PenaltyKind;
import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.workflow.EnforcementRecord;

/**
 * 重大行政处罚备案: filed with the bureau within a provincially set number of days of the decision, then reviewed:
 * FILED → NO_ISSUE | CORRECTION_REQUIRED → CORRECTED.
 */
@Entity
@Table(name = "enf_penalty_filing")
@Audited
public class PenaltyFiling extends EnforcementRecord {

    public static final String RECORD_TYPE = "penalty-filings";
    public static final String FILING_RULE = "ENF_PENALTY_FILING";
    public static final String REVIEW_RULE = "ENF_PENALTY_FILING_REVIEW";
    public static final String CORRECTION_RULE = "ENF_PENALTY_CORRECTION";

    static final StateMachine<FilingStatus> FLOW = new StateMachine<>(FilingStatus.class)
            .allow(FilingStatus.FILED, "review", FilingStatus.NO_ISSUE, FilingStatus.CORRECTION_REQUIRED)
            .allow(FilingStatus.CORRECTION_REQUIRED, "report-correction", FilingStatus.CORRECTED);

    private UUID agencyId;
    private String caseTitle;
    private String partyName;
    private String actionRef;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "penalty_kinds", columnDefinition = "varchar(32)[]")
    private String[] penaltyKinds = new String[0];
    private BigDecimal amount;
    private LocalDate decidedOn;
    private LocalDate filedOn;
    private boolean filedLate;
    @Enumerated(EnumType.STRING)
    private FilingStatus status;
    private LocalDate reviewedOn;
    private String reviewOpinion;
    private LocalDate correctedOn;

    protected PenaltyFiling() {
    }

    PenaltyFiling(String divisionCode, UUID agencyId, String caseTitle, String partyName, String actionRef,
                  List<PenaltyKind> kinds, BigDecimal amount, LocalDate decidedOn, LocalDate filedOn) {
        super(divisionCode);
        this.agencyId = agencyId;
        this.caseTitle = caseTitle;
        this.partyName = partyName;
        this.actionRef = actionRef;
        this.penaltyKinds = kinds.stream().distinct().map(Enum::name).toArray(String[]::new);
        this.amount = amount;
        this.decidedOn = decidedOn;
        this.filedOn = filedOn;
        this.status = FilingStatus.FILED;
    }

    /**
     * 备案: the filing period runs from the decision and is met by this filing (MET or MISSED, judged by the core
     * against the rule's due date); the review period starts.
     */
    Transition registration() {
        return Transition.of("file", null, status, filedOn, null, Transition.open(FILING_RULE, decidedOn),
                Transition.meet(FILING_RULE, filedOn), Transition.open(REVIEW_RULE, filedOn));
    }

    /** Whether the filing came after its due date, as the core judged the filing deadline (MISSED). */
    void judgedLate(boolean late) {
        this.filedLate = late;
    }

    Transition review(FilingReviewResult result, String opinion, LocalDate on, LocalDate today) {
        FilingStatus target = FilingStatus.valueOf(result.name());
        FLOW.check("review", status, target);
        this.reviewedOn = StepDates.of("reviewedOn", on, today, filedOn, "备案日期");
        this.reviewOpinion = opinion;
        FilingStatus from = status;
        status = target;
        return target == FilingStatus.CORRECTION_REQUIRED
                ? Transition.of("review", from, status, reviewedOn, opinion, Transition.meet(REVIEW_RULE, reviewedOn),
                        Transition.open(CORRECTION_RULE, reviewedOn))
                : Transition.of("review", from, status, reviewedOn, opinion, Transition.meet(REVIEW_RULE, reviewedOn));
    }

    Transition reportCorrection(String note, LocalDate on, LocalDate today) {
        FLOW.check("report-correction", status);
        this.correctedOn = StepDates.of("correctedOn", on, today, reviewedOn, "审查日期");
        FilingStatus from = status;
        status = FilingStatus.CORRECTED;
        return Transition.of("report-correction", from, status, correctedOn, note, Transition.meet(CORRECTION_RULE, correctedOn));
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public FilingStatus status() {
        return status;
    }

    @Override
    public List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    @Override
    public String reference() {
        return caseTitle;
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public String getCaseTitle() {
        return caseTitle;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getActionRef() {
        return actionRef;
    }

    public List<PenaltyKind> getPenaltyKinds() {
        return Arrays.stream(penaltyKinds).map(PenaltyKind::valueOf).toList();
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public boolean isFiledLate() {
        return filedLate;
    }

    public FilingStatus getStatus() {
        return status;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewOpinion() {
        return reviewOpinion;
    }

    public LocalDate getCorrectedOn() {
        return correctedOn;
    }
}
