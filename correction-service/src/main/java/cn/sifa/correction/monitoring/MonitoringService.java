package cn.sifa.correction.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineRule;
import cn.sifa.core.deadline.DeadlineRules;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.monitoring.MonitoringRequests.EndRequest;
import cn.sifa.correction.monitoring.MonitoringRequests.RenewRequest;
import cn.sifa.correction.monitoring.MonitoringRequests.StartRequest;
import cn.sifa.correction.subject.Identity;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.Subjects;

/**
 * 电子定位 on a subject: one active period at a time; its limit is the {@value Monitoring#EXPIRY_RULE} rule (3 months,
 * overridable per province) counted by the core calculator. Location data is shown only to those who see the
 * subject's identity, and each such read is audited like a full read of the file.
 */
@Service
@Transactional
public class MonitoringService {

    private final Monitorings monitorings;
    private final Subjects subjects;
    private final Workflow workflow;
    private final MonitoringMapper mapper;
    private final DeadlineRules rules;
    private final DeadlineCalculator calculator;
    private final AuditLog audit;

    MonitoringService(Monitorings monitorings, Subjects subjects, Workflow workflow, MonitoringMapper mapper, DeadlineRules rules,
                      DeadlineCalculator calculator, AuditLog audit) {
        this.monitorings = monitorings;
        this.subjects = subjects;
        this.workflow = workflow;
        this.mapper = mapper;
        this.rules = rules;
        this.calculator = calculator;
        this.audit = audit;
    }

    public MonitoringView start(UUID subjectId, String ifMatch, StartRequest r) {
        LocalDate today = workflow.today();
        Subject s = subjects.require(subjectId);
        LocalDate approvedOn = r.approvedOn() == null ? today : r.approvedOn();
        LocalDate from = r.from() == null ? approvedOn : r.from();
        workflow.step(s, ifMatch, x -> x.subRecord("electronic-monitoring", "approvedOn", approvedOn,
                "使用电子定位装置:" + r.ground().label() + ",至" + r.until(), today));
        Monitoring.checkPeriod("until", from, r.until(), limit(s.getDivisionCode(), from));
        if (monitorings.findBySubjectIdAndStatus(subjectId, MonitoringStatus.ACTIVE).isPresent()) {
            throw new ConflictException("该社区矫正对象正在使用电子定位装置,请延长或先解除");
        }
        Monitoring m = new Monitoring(s, r.ground(), r.facts().trim(), r.approvedBy().trim(), approvedOn, from, r.until(),
                r.assessment().trim(), r.deviceNo(), r.permittedArea());
        workflow.create(m, Monitoring::registration);
        return view(s, m);
    }

    public MonitoringView renew(UUID subjectId, String ifMatch, RenewRequest r) {
        return step(subjectId, ifMatch, (m, today) -> m.renew(r.until(), limit(m.getDivisionCode(), m.getPeriodEnd().plusDays(1)),
                r.assessment().trim(), r.approvedBy().trim(), r.renewedOn() == null ? today : r.renewedOn(), today));
    }

    public MonitoringView end(UUID subjectId, String ifMatch, EndRequest r) {
        return step(subjectId, ifMatch, (m, today) -> m.end(r.reason().trim(), r.endedOn() == null ? today : r.endedOn(), today));
    }

    /** Every period of the subject, newest first. */
    @Transactional(readOnly = true)
    public List<MonitoringView> list(UUID subjectId) {
        Subject s = subjects.require(subjectId);
        return monitorings.findBySubjectIdOrderByCreatedAtDesc(subjectId).stream().map(m -> view(s, m)).toList();
    }

    private interface Step {
        Transition decide(Monitoring m, LocalDate today);
    }

    private MonitoringView step(UUID subjectId, String ifMatch, Step step) {
        Subject s = subjects.require(subjectId);
        Monitoring m = monitorings.findBySubjectIdAndStatus(subjectId, MonitoringStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("使用中的电子定位", subjectId));
        LocalDate today = workflow.today();
        workflow.step(m, ifMatch, x -> step.decide(x, today));
        monitorings.flush();
        return view(s, m);
    }

    /** The last day a period starting on {@code from} may last (3 months: 4 December → 3 March). */
    private LocalDate limit(String division, LocalDate from) {
        DeadlineRule rule = rules.resolve(Monitoring.EXPIRY_RULE, division);
        return calculator.due(from, rule.getAmount(), rule.getUnit(), rule.isExpiry()).date();
    }

    private MonitoringView view(Subject s, Monitoring m) {
        boolean location = Identity.seesFull(CurrentCaller.get(), s.getDivisionCode(), s.isMinor());
        if (location && (m.getDeviceNo() != null || m.getPermittedArea() != null)) {
            audit.record(Identity.FULL_READ, Monitoring.RECORD_TYPE, m.getId().toString(), m.getDivisionCode(), "查看电子定位信息");
        }
        return mapper.view(m, workflow.state(m), location);
    }
}
