package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.filereview.FileReviewRequests.DeductionRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.ItemRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.PlanRequest;
import cn.sifa.enforcement.filereview.FileReviewViews.DeductionView;
import cn.sifa.enforcement.filereview.FileReviewViews.FileReviewView;
import cn.sifa.enforcement.filereview.FileReviewViews.ItemView;
import cn.sifa.enforcement.filereview.FileReviewViews.PlanView;
import cn.sifa.enforcement.officer.Officer;
import cn.sifa.enforcement.support.WorkflowView;
import cn.sifa.enforcement.support.Workflows;

/** Coordinates what spans plan, files and deductions: the seeded sample, scoring against the plan's checklist. */
@Service
public class FileReviewService {

    /** A common provincial scheme (地方实践); a plan may bring its own. Maximum deductions add up to 100. */
    static final List<ItemRequest> DEFAULT_CHECKLIST = List.of(
            new ItemRequest("SUBJECT", "执法主体合法、执法人员持证", new BigDecimal("10")),
            new ItemRequest("EVIDENCE", "事实清楚、证据确凿", new BigDecimal("25")),
            new ItemRequest("LAW", "适用法律依据正确", new BigDecimal("20")),
            new ItemRequest("PROCEDURE", "程序合法(告知、听证、法制审核、送达)", new BigDecimal("25")),
            new ItemRequest("DISCRETION", "裁量适当", new BigDecimal("10")),
            new ItemRequest("DOCUMENTS", "文书规范、卷宗完整", new BigDecimal("10")));

    private final FileReviewPlans plans;
    private final FileReviews files;
    private final ChecklistItems items;
    private final JdbcTemplate jdbc;
    private final Workflows workflows;

    FileReviewService(FileReviewPlans plans, FileReviews files, ChecklistItems items, JdbcTemplate jdbc, Workflows workflows) {
        this.plans = plans;
        this.files = files;
        this.items = items;
        this.jdbc = jdbc;
        this.workflows = workflows;
    }

    @Transactional
    public FileReviewPlan createPlan(String division, PlanRequest r) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.periodTo().isBefore(r.periodFrom())) {
            errors.add("periodTo", "date-order", "截止日期不能早于起始日期");
        }
        BigDecimal excellent = r.excellentMin() == null ? new BigDecimal("90") : r.excellentMin();
        BigDecimal pass = r.passMin() == null ? new BigDecimal("60") : r.passMin();
        if (excellent.compareTo(pass) <= 0) {
            errors.add("excellentMin", "threshold-order", "优秀最低分须高于合格最低分");
        }
        List<ItemRequest> checklist = r.checklist() == null || r.checklist().isEmpty() ? DEFAULT_CHECKLIST : r.checklist();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < checklist.size(); i++) {
            if (!codes.add(checklist.get(i).code())) {
                errors.add("checklist[" + i + "].code", "duplicate", "评查项目代码重复:" + checklist.get(i).code());
            }
        }
        errors.throwIfAny();
        long seed = r.seed() != null ? r.seed() : new Random().nextLong();
        FileReviewPlan plan = plans.saveAndFlush(new FileReviewPlan(division, r.name().trim(), r.periodFrom(), r.periodTo(),
                r.sampleShare(), seed, excellent, pass));
        for (int i = 0; i < checklist.size(); i++) {
            ItemRequest item = checklist.get(i);
            items.save(new ChecklistItem(plan.getId(), item.code(), item.label().trim(), item.maxDeduction(), i + 1));
        }
        workflows.transition(FileReviewPlan.RECORD_TYPE, plan.getId(), division, "plan", null, PlanStatus.PLANNED, StepDates.today(),
                "抽取比例 " + r.sampleShare() + ",随机种子 " + seed);
        return plan;
    }

    /**
     * Draws the sample: for each agency (in id order) with files decided in the period, within the plan's division,
     * the share of its files (rounded up), by a shuffle driven by one {@link Random} seeded with the plan's seed.
     * The same plan over the same data draws the same files.
     */
    @Transactional
    public int sample(FileReviewPlan plan, LocalDate on) {
        LocalDate sampledOn = plan.sample(on);
        Map<UUID, List<UUID>> byAgency = new LinkedHashMap<>();
        jdbc.query("select a.agency_id, a.id from enf_action a where " + DivisionScope.within("a")
                        + " and a.decided_on between ? and ? order by a.agency_id, a.id",
                rs -> {
                    byAgency.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                }, DivisionCodes.prefixOf(plan.getDivisionCode()), plan.getPeriodFrom(), plan.getPeriodTo());
        Map<UUID, String> divisions = new LinkedHashMap<>();
        if (!byAgency.isEmpty()) {
            jdbc.query("select id, division_code from enf_agency where id = any(?)",
                    rs -> {
                        divisions.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }, (Object) byAgency.keySet().toArray(UUID[]::new));
        }
        Random random = new Random(plan.getSeed());
        List<FileReview> drawn = new ArrayList<>();
        for (Map.Entry<UUID, List<UUID>> agency : byAgency.entrySet()) {
            List<UUID> candidates = new ArrayList<>(agency.getValue());
            Collections.shuffle(candidates, random);
            int k = plan.sampleSize(candidates.size());
            for (UUID action : candidates.subList(0, k)) {
                drawn.add(new FileReview(divisions.get(agency.getKey()), plan.getId(), agency.getKey(), action));
            }
        }
        files.saveAll(drawn);
        plans.saveAndFlush(plan);
        workflows.transition(FileReviewPlan.RECORD_TYPE, plan.getId(), plan.getDivisionCode(), "sample", PlanStatus.PLANNED,
                PlanStatus.SAMPLED, sampledOn, "抽取 " + byAgency.size() + " 个执法主体的案卷 " + drawn.size() + " 卷");
        drawn.forEach(f -> workflows.transition(FileReview.RECORD_TYPE, f.getId(), f.getDivisionCode(), "sample", null,
                FileReviewStatus.SAMPLED, sampledOn, plan.getName()));
        return drawn.size();
    }

    @Transactional
    public void score(FileReview file, Officer reviewer, List<DeductionRequest> deductions, LocalDate on) {
        FileReviewPlan plan = plans.require(file.getPlanId());
        Map<String, ChecklistItem> checklist = new LinkedHashMap<>();
        items.findByPlanIdOrderBySort(plan.getId()).forEach(i -> checklist.put(i.getCode(), i));
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < deductions.size(); i++) {
            DeductionRequest d = deductions.get(i);
            ChecklistItem item = checklist.get(d.itemCode());
            if (item == null) {
                errors.add("deductions[" + i + "].itemCode", "unknown-item", "评查计划中没有项目 " + d.itemCode());
            } else if (!seen.add(d.itemCode())) {
                errors.add("deductions[" + i + "].itemCode", "duplicate", "同一项目只能扣分一次");
            } else if (d.points().compareTo(item.getMaxDeduction()) > 0) {
                errors.add("deductions[" + i + "].points", "over-max", item.getLabel() + " 最多扣 " + item.getMaxDeduction() + " 分");
            } else {
                total = total.add(d.points());
            }
        }
        errors.throwIfAny();
        FileReviewStatus from = file.getStatus();
        file.score(reviewer, total, plan, on);
        files.saveAndFlush(file);
        jdbc.update("delete from enf_file_review_deduction where file_review_id = ?", file.getId());
        jdbc.batchUpdate("insert into enf_file_review_deduction (file_review_id, item_code, points, note) values (?, ?, ?, ?)",
                deductions.stream().map(d -> new Object[] {file.getId(), d.itemCode(), d.points(), d.note()}).toList());
        workflows.transition(FileReview.RECORD_TYPE, file.getId(), file.getDivisionCode(), "score", from, file.getStatus(),
                file.getScoredOn(), "得分 " + file.getScore() + "(" + file.getGrade().label() + ")");
    }

    public boolean anythingDeducted(UUID fileId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from enf_file_review_deduction where file_review_id = ?)", Boolean.class, fileId));
    }

    public List<DeductionView> deductions(FileReview file) {
        Map<String, String> labels = new LinkedHashMap<>();
        items.findByPlanIdOrderBySort(file.getPlanId()).forEach(i -> labels.put(i.getCode(), i.getLabel()));
        return jdbc.query("select item_code, points, note from enf_file_review_deduction where file_review_id = ? order by item_code",
                (rs, n) -> new DeductionView(rs.getString(1), labels.get(rs.getString(1)), rs.getBigDecimal(2), rs.getString(3)),
                file.getId());
    }

    public PlanView planView(FileReviewPlan p, boolean detail) {
        List<ItemView> checklist = items.findByPlanIdOrderBySort(p.getId()).stream()
                .map(i -> new ItemView(i.getCode(), i.getLabel(), i.getMaxDeduction())).toList();
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        long[] count = {0};
        jdbc.query("select grade, count(*) from enf_file_review where plan_id = ? group by grade", rs -> {
            count[0] += rs.getLong(2);
            if (rs.getString(1) != null) {
                grades.put(Grade.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }, p.getId());
        WorkflowView workflow = detail ? workflows.view(p.getId(), p.allowedActions()) : WorkflowView.brief(p.allowedActions());
        return new PlanView(p.getId(), p.getDivisionCode(), p.getName(), p.getPeriodFrom(), p.getPeriodTo(), p.getSampleShare(),
                p.getSeed(), p.getExcellentMin(), p.getPassMin(), p.getStatus(), p.getStatus().label(), p.getSampledOn(), checklist,
                count[0], grades, workflow, p.getVersion());
    }

    public FileReviewView view(FileReview f, boolean detail) {
        String ref = jdbc.query("select external_ref from enf_action where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                f.getActionId());
        return new FileReviewView(f.getId(), f.getDivisionCode(), f.getPlanId(), f.getAgencyId(), f.getActionId(), ref, f.getStatus(),
                f.getStatus().label(), f.getReviewerId(), f.getScoredOn(), f.getScore(), f.getGrade(),
                f.getGrade() == null ? null : f.getGrade().label(), f.getNotifiedOn(), f.getRectifiedOn(), f.getRectificationNote(),
                f.getClosedOn(), detail ? deductions(f) : List.of(),
                detail ? workflows.view(f.getId(), f.allowedActions()) : WorkflowView.brief(f.allowedActions()), f.getVersion());
    }
}
