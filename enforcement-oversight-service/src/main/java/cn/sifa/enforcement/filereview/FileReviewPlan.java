package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.workflow.StateMachine;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.workflow.EnforcementRecord;

/**
 * 案卷评查 plan: the period whose files are sampled, the share drawn per agency, the seed that makes the draw
 * reproducible (recorded here), and the grade thresholds (provincial practice, so configurable per plan).
 */
@Entity
@Table(name = "enf_file_review_plan")
@Audited
public class FileReviewPlan extends EnforcementRecord {

    public static final String RECORD_TYPE = "file-review-plans";

    static final StateMachine<PlanStatus> FLOW = new StateMachine<>(PlanStatus.class)
            .allow(PlanStatus.PLANNED, "sample", PlanStatus.SAMPLED)
            .allow(PlanStatus.SAMPLED, "close", PlanStatus.CLOSED);

    private String name;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private BigDecimal sampleShare;
    private long seed;
    private BigDecimal excellentMin;
    private BigDecimal passMin;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private LocalDate sampledOn;

    protected FileReviewPlan() {
    }

    FileReviewPlan(String divisionCode, String name, LocalDate periodFrom, LocalDate periodTo, BigDecimal sampleShare, long seed,
                   BigDecimal excellentMin, BigDecimal passMin) {
        super(divisionCode);
        this.name = name;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.sampleShare = sampleShare;
        this.seed = seed;
        this.excellentMin = excellentMin;
        this.passMin = passMin;
        this.status = PlanStatus.PLANNED;
    }

    /** What a draw took: how many agencies had files in the period, and how many files were drawn. */
    record Draw(int agencies, int files) {
    }

    /** 制定计划: recorded with the share and the seed, so that anyone can redraw the same sample. */
    Transition registration(LocalDate on) {
        return Transition.of("plan", null, status, on, "抽取比例 " + sampleShare + ",随机种子 " + seed);
    }

    /** Draws the sample once ({@code draw} creates the sampled files on the sampling date); a second draw is a 409. */
    Transition sample(LocalDate on, LocalDate today, java.util.function.Function<LocalDate, Draw> draw) {
        FLOW.check("sample", status);
        LocalDate date = StepDates.of("sampledOn", on, today, null, null);
        Draw drawn = draw.apply(date);
        this.sampledOn = date;
        status = PlanStatus.SAMPLED;
        return Transition.of("sample", PlanStatus.PLANNED, status, sampledOn,
                "抽取 " + drawn.agencies() + " 个执法主体的案卷 " + drawn.files() + " 卷");
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public PlanStatus status() {
        return status;
    }

    @Override
    public List<String> allowedActions() {
        return FLOW.actionsFrom(status);
    }

    @Override
    public String reference() {
        return name;
    }

    /** Files per agency: the share of its files in the period, rounded up, at least one when it has any. */
    int sampleSize(int files) {
        if (files == 0) {
            return 0;
        }
        int k = sampleShare.multiply(BigDecimal.valueOf(files)).setScale(0, java.math.RoundingMode.CEILING).intValue();
        return Math.max(1, Math.min(files, k));
    }

    Grade gradeOf(BigDecimal score) {
        if (score.compareTo(excellentMin) >= 0) {
            return Grade.EXCELLENT;
        }
        return score.compareTo(passMin) >= 0 ? Grade.PASS : Grade.FAIL;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public BigDecimal getSampleShare() {
        return sampleShare;
    }

    public long getSeed() {
        return seed;
    }

    public BigDecimal getExcellentMin() {
        return excellentMin;
    }

    public BigDecimal getPassMin() {
        return passMin;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getSampledOn() {
        return sampledOn;
    }
}
