package cn.sifa.correction.dictionary;

import org.springframework.stereotype.Component;

import cn.sifa.core.dictionary.DictionaryContributor;
import cn.sifa.correction.alert.AlertType;
import cn.sifa.correction.assessment.AuthorityType;
import cn.sifa.correction.education.ActivityKind;
import cn.sifa.correction.education.EducationType;
import cn.sifa.correction.leave.ApproverLevel;
import cn.sifa.correction.leave.LeaveKind;
import cn.sifa.correction.leave.LeaveStatus;
import cn.sifa.correction.monitoring.MonitoringGround;
import cn.sifa.correction.monitoring.MonitoringStatus;
import cn.sifa.correction.resettlement.ReleaseOrigin;
import cn.sifa.correction.resettlement.ReleasedStatus;
import cn.sifa.correction.transfer.TransferStatus;
import cn.sifa.correction.assessment.InvestigationStatus;
import cn.sifa.correction.subject.CheckInType;
import cn.sifa.correction.subject.CorrectionMeasure;
import cn.sifa.correction.subject.EndType;
import cn.sifa.correction.subject.TerminationGround;
import cn.sifa.correction.subject.Gender;
import cn.sifa.correction.subject.SubjectKind;
import cn.sifa.correction.subject.SubjectStatus;
import cn.sifa.correction.subject.SupervisionLevel;
import cn.sifa.correction.subject.TempOutsideReason;
import cn.sifa.correction.supervision.PsychRiskLevel;
import cn.sifa.correction.supervision.VisitPlace;

/** The correction code tables (STATUTES.md §5) with their Chinese labels, under names prefixed for the shared registry. */
@Component
class CorrectionDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("SubjectKind", SubjectKind.class);
        registry.register("TempOutsideReason", TempOutsideReason.class);
        registry.register("CorrectionMeasure", CorrectionMeasure.class);
        registry.register("EndType", EndType.class);
        registry.register("CorrectionTerminationGround", TerminationGround.class);
        registry.register("SupervisionLevel", SupervisionLevel.class);
        registry.register("CorrectionSubjectStatus", SubjectStatus.class);
        registry.register("CorrectionGender", Gender.class);
        registry.register("CorrectionCheckInType", CheckInType.class);
        registry.register("CorrectionAuthorityType", AuthorityType.class);
        registry.register("CorrectionInvestigationStatus", InvestigationStatus.class);
        registry.register("CorrectionAlertType", AlertType.class);
        registry.register("CorrectionLeaveKind", LeaveKind.class);
        registry.register("CorrectionLeaveStatus", LeaveStatus.class);
        registry.register("CorrectionApproverLevel", ApproverLevel.class);
        registry.register("CorrectionMonitoringGround", MonitoringGround.class);
        registry.register("CorrectionMonitoringStatus", MonitoringStatus.class);
        registry.register("CorrectionTransferStatus", TransferStatus.class);
        registry.register("CorrectionActivityKind", ActivityKind.class);
        registry.register("CorrectionEducationType", EducationType.class);
        registry.register("CorrectionVisitPlace", VisitPlace.class);
        registry.register("CorrectionPsychRiskLevel", PsychRiskLevel.class);
        registry.register("ReleasedPersonStatus", ReleasedStatus.class);
        registry.register("ReleaseOrigin", ReleaseOrigin.class);
    }
}
