package cn.sifa.enforcement.filereview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.filereview.FileReviewRequests.CloseRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.DeductionRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.ItemRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.NotifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.PlanRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.RectifyRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.SampleRequest;
import cn.sifa.enforcement.filereview.FileReviewRequests.ScoreRequest;
import cn.sifa.enforcement.filereview.FileReviewViews.DeductionView;
import cn.sifa.enforcement.filereview.FileReviewViews.FileReviewView;
import cn.sifa.enforcement.filereview.FileReviewViews.ItemView;
import cn.sifa.enforcement.filereview.FileReviewViews.PlanView;
import cn.sifa.enforcement.officer.Officer;
import cn.sifa.enforcement.officer.Officers;
import cn.sifa.enforcement.workflow.RecordSteps;

/**
 * 案卷评查: plans (the seeded sample), the sampled files and their steps (cross scoring against the plan's
 * checklist, notification, rectification, closure), the lists; each in one transaction.
 */
@Service
@Transactional
public class FileReviewService {

    /** A common provincial scheme (地方实践); a plan may bring its own. Maximum deductions add up to 100. */
    static final List<ItemRequest> DEFAULT_CHECKLIST = List.of(
            new ItemRequest("SUBJECT", "执法主体合法、执法人员持证", new BigDecimal("10")),
            new ItemRequest("EVIDENCE", "事实清楚、证据确凿", new BigDecimal("25")),
            new ItemRequest("LAW", "适用法律依据正确", new BigDecimal("20")),
            new ItemRequest("PROCEDURE", "程序合法(告知、听证、法制审核、送达)", new BigDecimal("25")),
            new ItemRequest("DISCRETION", "裁量适当", new BigDecimal("10")),
            new ItemRequest("DOCUMENTS", "文书规范、卷宗完整", new BigDecimal("10")));

    private static final Map<String, String> FILE_SORTABLE = Map.of("score", "score", "scoredOn", "scoredOn", "nextDueOn", "nextDueOn");
    private static final Sort PLAN_SORT = Sort.by(Sort.Order.desc("periodFrom"), Sort.Order.asc("id"));

    private final FileReviewPlans plans;
    private final FileReviews files;
    private final ChecklistItems items;
    private final Officers officers;
    private final JdbcTemplate jdbc;
    private final RecordSteps steps;
    private final FileReviewMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;

    FileReviewService(FileReviewPlans plans, FileReviews files, ChecklistItems items, Officers officers, JdbcTemplate jdbc,
                      RecordSteps steps, FileReviewMapper mapper, Listing listing, DueDates dueDates, DivisionScope scope) {
        this.plans = plans;
        this.files = files;
        this.items = items;
        this.officers = officers;
        this.jdbc = jdbc;
        this.steps = steps;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
    }

    /** What the list of sampled files filters on. */
    public record FileFilter(String divisionCode, UUID planId, UUID agencyId, FileReviewStatus status, Grade grade,
                             Boolean overdue, Boolean dueSoon) {
    }

    // ---- plans

    @Transactional(readOnly = true)
    public ListPage<PlanView> listPlans(String divisionCode, PlanStatus status, Integer page, Integer size) {
        LocalDate today = steps.today();
        return listing.page(FileReviewPlan.class, Filters.of(FileReviewPlan.class).division(scope, divisionCode).eq("status", status).build(),
                Paging.of(page, size, null, Map.of(), PLAN_SORT), rows -> planRows(rows, today));
    }

    @Transactional(readOnly = true)
    public PlanView getPlan(UUID id) {
        return planDetail(plans.require(id));
    }

    public PlanView createPlan(PlanRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
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
        LocalDate today = steps.today();
        FileReviewPlan plan = steps.create(new FileReviewPlan(division, r.name().trim(), r.periodFrom(), r.periodTo(),
                r.sampleShare(), seed, excellent, pass), p -> p.registration(today));
        for (int i = 0; i < checklist.size(); i++) {
            ItemRequest item = checklist.get(i);
            items.save(new ChecklistItem(plan.getId(), item.code(), item.label().trim(), item.maxDeduction(), i + 1));
        }
        items.flush();
        return planDetail(plan);
    }

    /**
     * Draws the sample: for each agency (in id order) with files decided in the period, within the plan's division,
     * the share of its files (rounded up), by a shuffle driven by one {@link Random} seeded with the plan's seed.
     * The same plan over the same data draws the same files. A plan is sampled once (409 after).
     */
    public PlanView sample(UUID id, String ifMatch, SampleRequest r) {
        FileReviewPlan plan = plans.require(id);
        LocalDate on = r == null ? null : r.sampledOn();
        steps.step(plan, ifMatch, p -> p.sample(on, steps.today(), sampledOn -> draw(p, sampledOn)));
        return planDetail(plan);
    }

    private FileReviewPlan.Draw draw(FileReviewPlan plan, LocalDate sampledOn) {
        Map<UUID, List<UUID>> byAgency = new LinkedHashMap<>();
        jdbc.query("select a.agency_id, a.id from enf_action a where " + DivisionScope.within("a")
                        + " and a.decided_on between ? and ? order by a.agency_id, a.id",
                rs -> {
                    byAgency.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                }, DivisionCodes.prefixOf(plan.getDivisionCode()), plan.getPeriodFrom(), plan.getPeriodTo());
        Map<UUID, String> divisions = new HashMap<>();
        if (!byAgency.isEmpty()) {
            jdbc.query("select id, division_code from enf_agency where id = any(?)",
                    rs -> {
                        divisions.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }, (Object) byAgency.keySet().toArray(UUID[]::new));
        }
        Random random = new Random(plan.getSeed());
        int drawn = 0;
        for (Map.Entry<UUID, List<UUID>> agency : byAgency.entrySet()) {
            List<UUID> candidates = new ArrayList<>(agency.getValue());
            Collections.shuffle(candidates, random);
            int k = plan.sampleSize(candidates.size());
            for (UUID action : candidates.subList(0, k)) {
                steps.create(new FileReview(divisions.get(agency.getKey()), plan.getId(), agency.getKey(), action),
                        f -> f.registration(sampledOn, plan.getName()));
                drawn++;
            }
        }
        return new FileReviewPlan.Draw(byAgency.size(), drawn);
    }

    private PlanView planDetail(FileReviewPlan p) {
        List<ItemView> checklist = items.findByPlanIdOrderBySort(p.getId()).stream()
                .map(i -> new ItemView(i.getCode(), i.getLabel(), i.getMaxDeduction())).toList();
        Map<UUID, Map<Grade, Long>> grades = new HashMap<>();
        Map<UUID, Long> counts = gradeCounts(List.of(p.getId()), grades);
        return mapper.plan(p, checklist, counts.getOrDefault(p.getId(), 0L), grades.getOrDefault(p.getId(), new EnumMap<>(Grade.class)),
                steps.state(p));
    }

    /** A page of plans: their checklists and grade counts in one query each. */
    private List<PlanView> planRows(List<FileReviewPlan> rows, LocalDate today) {
        List<UUID> ids = rows.stream().map(FileReviewPlan::getId).toList();
        Map<UUID, List<ItemView>> checklists = new HashMap<>();
        items.findByPlanIdInOrderBySort(ids).forEach(i -> checklists.computeIfAbsent(i.getPlanId(), k -> new ArrayList<>())
                .add(new ItemView(i.getCode(), i.getLabel(), i.getMaxDeduction())));
        Map<UUID, Map<Grade, Long>> grades = new HashMap<>();
        Map<UUID, Long> counts = gradeCounts(ids, grades);
        return rows.stream().map(p -> mapper.planRow(p, checklists.getOrDefault(p.getId(), List.of()), counts.getOrDefault(p.getId(), 0L),
                grades.getOrDefault(p.getId(), new EnumMap<>(Grade.class)), today)).toList();
    }

    /** Files drawn per plan, and per grade into {@code grades}. */
    private Map<UUID, Long> gradeCounts(List<UUID> planIds, Map<UUID, Map<Grade, Long>> grades) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.query("select plan_id, grade, count(*) from enf_file_review where plan_id = any(?) group by plan_id, grade", rs -> {
            UUID plan = rs.getObject(1, UUID.class);
            counts.merge(plan, rs.getLong(3), Long::sum);
            if (rs.getString(2) != null) {
                grades.computeIfAbsent(plan, k -> new EnumMap<>(Grade.class)).put(Grade.valueOf(rs.getString(2)), rs.getLong(3));
            }
        }, (Object) planIds.toArray(UUID[]::new));
        return counts;
    }

    // ---- files

    @Transactional(readOnly = true)
    public ListPage<FileReviewView> listFiles(FileFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = steps.today();
        var spec = Filters.of(FileReview.class).division(scope, f.divisionCode()).eq("planId", f.planId()).eq("agencyId", f.agencyId())
                .eq("status", f.status()).eq("grade", f.grade())
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
        return listing.page(FileReview.class, spec, Paging.of(page, size, sort, FILE_SORTABLE, Sort.by("agencyId", "id")),
                rows -> fileRows(rows, today));
    }

    @Transactional(readOnly = true)
    public FileReviewView getFile(UUID id) {
        return fileDetail(files.require(id));
    }

    @Transactional(readOnly = true)
    public List<DeductionView> scores(UUID id) {
        return deductions(files.require(id));
    }

    /** Scores the file item by item against its plan's checklist; a rescoring replaces the deductions. */
    public FileReviewView score(UUID id, String ifMatch, ScoreRequest r) {
        FileReview file = files.require(id);
        Officer reviewer = officers.require(r.reviewerId());
        FileReviewPlan plan = plans.require(file.getPlanId());
        steps.step(file, ifMatch, f -> f.score(reviewer, deducted(plan, r.deductions()), plan, r.scoredOn(), steps.today()));
        jdbc.update("delete from enf_file_review_deduction where file_review_id = ?", file.getId());
        jdbc.batchUpdate("insert into enf_file_review_deduction (file_review_id, item_code, points, note) values (?, ?, ?, ?)",
                r.deductions().stream().map(d -> new Object[] {file.getId(), d.itemCode(), d.points(), d.note()}).toList());
        return fileDetail(file);
    }

    public FileReviewView notifyResult(UUID id, String ifMatch, NotifyRequest r) {
        boolean deducted = anythingDeducted(id);
        return step(id, ifMatch, f -> f.notifyResult(deducted, r == null ? null : r.notifiedOn(), steps.today()));
    }

    public FileReviewView rectify(UUID id, String ifMatch, RectifyRequest r) {
        return step(id, ifMatch, f -> f.rectify(r.note(), r.rectifiedOn(), steps.today()));
    }

    public FileReviewView close(UUID id, String ifMatch, CloseRequest r) {
        return step(id, ifMatch, f -> f.close(r == null ? null : r.closedOn(), steps.today()));
    }

    private FileReviewView step(UUID id, String ifMatch, Function<FileReview, Transition> decide) {
        return fileDetail(steps.step(files.require(id), ifMatch, decide));
    }

    /** The points deducted in all, each within its checklist item's maximum (400 otherwise). */
    private BigDecimal deducted(FileReviewPlan plan, List<DeductionRequest> deductions) {
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
        return total;
    }

    private boolean anythingDeducted(UUID fileId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from enf_file_review_deduction where file_review_id = ?)", Boolean.class, fileId));
    }

    private List<DeductionView> deductions(FileReview file) {
        Map<String, String> labels = new LinkedHashMap<>();
        items.findByPlanIdOrderBySort(file.getPlanId()).forEach(i -> labels.put(i.getCode(), i.getLabel()));
        return jdbc.query("select item_code, points, note from enf_file_review_deduction where file_review_id = ? order by item_code",
                (rs, n) -> new DeductionView(rs.getString(1), labels.get(rs.getString(1)), rs.getBigDecimal(2), rs.getString(3)),
                file.getId());
    }

    private FileReviewView fileDetail(FileReview f) {
        return mapper.file(f, externalRefs(List.of(f.getActionId())).get(f.getActionId()), deductions(f), steps.state(f));
    }

    /** A page of files: their record numbers in one query. */
    private List<FileReviewView> fileRows(List<FileReview> rows, LocalDate today) {
        Map<UUID, String> refs = externalRefs(rows.stream().map(FileReview::getActionId).toList());
        return rows.stream().map(f -> mapper.fileRow(f, refs.get(f.getActionId()), today)).toList();
    }

    private Map<UUID, String> externalRefs(List<UUID> actionIds) {
        Map<UUID, String> refs = new HashMap<>();
        jdbc.query("select id, external_ref from enf_action where id = any(?)",
                rs -> {
                    refs.put(rs.getObject(1, UUID.class), rs.getString(2));
                }, (Object) actionIds.toArray(UUID[]::new));
        return refs;
    }
}
