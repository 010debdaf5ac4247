package cn.sifa.correction.supervision;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.subject.Identity;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.Subjects;
import cn.sifa.correction.supervision.SupervisionRequests.HomeVisitRequest;
import cn.sifa.correction.supervision.SupervisionRequests.PsychAssessmentRequest;

/**
 * 走访 and 心理评估 of a subject under correction (实施办法), each a record of its own and a line in the subject's history.
 * An assessment is health data: every read of a subject's assessments is written to the audit log.
 */
@Service
@Transactional
public class SupervisionService {

    static final String HOME_VISITS = "home-visits";
    static final String ASSESSMENTS = "psychological-assessments";
    private static final Map<String, String> VISIT_SORTABLE = Map.of("visitedOn", "visitedOn", "place", "place");
    private static final Sort VISIT_SORT = Sort.by(Sort.Order.desc("visitedOn"), Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
    private static final Map<String, String> ASSESSMENT_SORTABLE = Map.of("assessedOn", "assessedOn", "riskLevel", "riskLevel");
    private static final Sort ASSESSMENT_SORT = Sort.by(Sort.Order.desc("assessedOn"), Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final HomeVisits visits;
    private final PsychAssessments assessments;
    private final Subjects subjects;
    private final Workflow workflow;
    private final SupervisionMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final AuditLog audit;

    SupervisionService(HomeVisits visits, PsychAssessments assessments, Subjects subjects, Workflow workflow, SupervisionMapper mapper,
                       Listing listing, DivisionScope scope, AuditLog audit) {
        this.visits = visits;
        this.assessments = assessments;
        this.subjects = subjects;
        this.workflow = workflow;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.audit = audit;
    }

    public HomeVisitView visit(UUID subjectId, String ifMatch, HomeVisitRequest r) {
        LocalDate today = workflow.today();
        LocalDate on = r.visitedOn() == null ? today : r.visitedOn();
        Subject s = subjects.require(subjectId);
        workflow.step(s, ifMatch, x -> x.subRecord(HOME_VISITS, "visitedOn", on, visitComment(r.place(), r.visitor().trim()), today));
        HomeVisit v = visits.saveAndFlush(new HomeVisit(s, on, r.visitor().trim(), r.place(), r.findings().trim(), blankToNull(r.followUp())));
        return mapper.visit(v);
    }

    public PsychAssessmentView assess(UUID subjectId, String ifMatch, PsychAssessmentRequest r) {
        LocalDate today = workflow.today();
        LocalDate on = r.assessedOn() == null ? today : r.assessedOn();
        Subject s = subjects.require(subjectId);
        String instrument = r.instrument().trim();
        workflow.step(s, ifMatch, x -> x.subRecord(ASSESSMENTS, "assessedOn", on, assessmentComment(instrument, r.riskLevel()), today));
        PsychAssessment a = assessments.saveAndFlush(new PsychAssessment(s, on, r.assessor().trim(), instrument, r.riskLevel(),
                r.conclusion().trim(), blankToNull(r.recommendation())));
        return mapper.assessment(a);
    }

    /** A subject's home visits, newest first, paged; 404 for a subject out of the caller's scope. */
    @Transactional(readOnly = true)
    public ListPage<HomeVisitView> visits(UUID subjectId, Integer page, Integer size, List<String> sort) {
        subjects.require(subjectId);
        Specification<HomeVisit> spec = Filters.of(HomeVisit.class).division(scope, null).eq("subjectId", subjectId).build();
        return listing.page(HomeVisit.class, spec, Paging.of(page, size, sort, VISIT_SORTABLE, VISIT_SORT), mapper::visits);
    }

    /** A subject's psychological assessments, newest first, paged; each read is audited like a full read of the subject. */
    public ListPage<PsychAssessmentView> assessments(UUID subjectId, Integer page, Integer size, List<String> sort) {
        Subject s = subjects.require(subjectId);
        Specification<PsychAssessment> spec = Filters.of(PsychAssessment.class).division(scope, null).eq("subjectId", subjectId).build();
        ListPage<PsychAssessmentView> answer = listing.page(PsychAssessment.class, spec,
                Paging.of(page, size, sort, ASSESSMENT_SORTABLE, ASSESSMENT_SORT), mapper::assessments);
        audit.record(Identity.FULL_READ, Subject.RECORD_TYPE, s.getId().toString(), s.getDivisionCode(), "查看社区矫正对象心理评估记录");
        return answer;
    }

    /** The subject's history line of a home visit (the demo writes the same). */
    static String visitComment(VisitPlace place, String visitor) {
        return "走访:" + place.label() + "," + visitor;
    }

    /** The subject's history line of a psychological assessment: instrument and risk, never the conclusion. */
    static String assessmentComment(String instrument, PsychRiskLevel risk) {
        return "心理评估:" + instrument + "(风险 " + risk.label() + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
