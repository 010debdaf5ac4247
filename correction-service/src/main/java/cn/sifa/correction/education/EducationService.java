package cn.sifa.correction.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.workflow.Workflow;
import cn.sifa.correction.education.EducationRequests.EducationRequest;
import cn.sifa.correction.education.EducationRequests.ServiceRequest;
import cn.sifa.correction.subject.Subject;
import cn.sifa.correction.subject.Subjects;

/** 教育学习 and 公益活动 records of a subject under correction, each also a line in the subject's history. */
@Service
@Transactional
public class EducationService {

    private final EducationRecords records;
    private final Subjects subjects;
    private final Workflow workflow;
    private final EducationMapper mapper;

    EducationService(EducationRecords records, Subjects subjects, Workflow workflow, EducationMapper mapper) {
        this.records = records;
        this.subjects = subjects;
        this.workflow = workflow;
        this.mapper = mapper;
    }

    public EducationView education(UUID subjectId, String ifMatch, EducationRequest r) {
        return add(subjectId, ifMatch, "education-records", ActivityKind.EDUCATION, r.type(), r.topic(), r.place(), r.heldOn(), r.hours());
    }

    public EducationView communityService(UUID subjectId, String ifMatch, ServiceRequest r) {
        return add(subjectId, ifMatch, "community-service", ActivityKind.COMMUNITY_SERVICE, null, r.content(), r.place(), r.servedOn(), r.hours());
    }

    private EducationView add(UUID subjectId, String ifMatch, String action, ActivityKind kind, EducationType type, String topic, String place,
                              LocalDate given, BigDecimal hours) {
        LocalDate today = workflow.today();
        LocalDate on = given == null ? today : given;
        Subject s = subjects.require(subjectId);
        String label = type == null ? kind.label() : type.label();
        workflow.step(s, ifMatch, x -> x.subRecord(action, kind == ActivityKind.EDUCATION ? "heldOn" : "servedOn", on,
                label + ":" + topic.trim() + "," + hours.stripTrailingZeros().toPlainString() + "小时", today));
        EducationRecord e = records.save(new EducationRecord(s, kind, type, topic.trim(), place, on, hours));
        records.flush();
        return mapper.view(e);
    }

    @Transactional(readOnly = true)
    public List<EducationView> list(UUID subjectId, ActivityKind kind) {
        subjects.require(subjectId);
        return mapper.views(records.findBySubjectIdAndKindOrderByHeldOnDescIdAsc(subjectId, kind));
    }
}
