package cn.sifa.mediation;

import org.springframework.stereotype.Component;

import cn.sifa.core.dictionary.DictionaryContributor;
import cn.sifa.mediation.committee.CommitteeType;
import cn.sifa.mediation.committee.MemberPosition;
import cn.sifa.mediation.dispute.AgreementForm;
import cn.sifa.mediation.dispute.AttendeeKind;
import cn.sifa.mediation.dispute.CaseAction;
import cn.sifa.mediation.dispute.CaseSource;
import cn.sifa.mediation.dispute.CaseStatus;
import cn.sifa.mediation.dispute.ConfirmationResult;
import cn.sifa.mediation.dispute.DeclineReason;
import cn.sifa.mediation.dispute.Difficulty;
import cn.sifa.mediation.dispute.DisputeType;
import cn.sifa.mediation.dispute.FollowUpMethod;
import cn.sifa.mediation.dispute.PartyKind;
import cn.sifa.mediation.dispute.PartyRole;
import cn.sifa.mediation.dispute.PerformanceResult;
import cn.sifa.mediation.dispute.ResolutionRoute;
import cn.sifa.mediation.expert.ExpertRequestStatus;
import cn.sifa.mediation.incentive.IncentiveKind;
import cn.sifa.mediation.mediator.Employment;
import cn.sifa.mediation.mediator.Gender;
import cn.sifa.mediation.mediator.MediatorGrade;
import cn.sifa.mediation.screening.RiskLevel;
import cn.sifa.mediation.screening.ScreeningStatus;
import cn.sifa.mediation.studio.HonourLevel;
import cn.sifa.mediation.studio.StudioKind;

/** The mediation code tables with their Chinese labels, served by {@code GET /api/core/v1/dictionaries/{type}}. */
@Component("mediationDictionaries")
class MediationDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("DisputeType", DisputeType.class);
        registry.register("CaseSource", CaseSource.class);
        registry.register("MediationCaseStatus", CaseStatus.class);
        registry.register("MediationAction", CaseAction.class);
        registry.register("PartyRole", PartyRole.class);
        registry.register("PartyKind", PartyKind.class);
        registry.register("AgreementForm", AgreementForm.class);
        registry.register("PerformanceResult", PerformanceResult.class);
        registry.register("ConfirmationResult", ConfirmationResult.class);
        registry.register("DeclineReason", DeclineReason.class);
        registry.register("ResolutionRoute", ResolutionRoute.class);
        registry.register("AttendeeKind", AttendeeKind.class);
        registry.register("FollowUpMethod", FollowUpMethod.class);
        registry.register("Difficulty", Difficulty.class);
        registry.register("CommitteeType", CommitteeType.class);
        registry.register("MemberPosition", MemberPosition.class);
        registry.register("Gender", Gender.class);
        registry.register("Employment", Employment.class);
        registry.register("MediatorGrade", MediatorGrade.class);
        registry.register("StudioKind", StudioKind.class);
        registry.register("HonourLevel", HonourLevel.class);
        registry.register("RiskLevel", RiskLevel.class);
        registry.register("ScreeningStatus", ScreeningStatus.class);
        registry.register("ExpertRequestStatus", ExpertRequestStatus.class);
        registry.register("IncentiveKind", IncentiveKind.class);
    }
}
