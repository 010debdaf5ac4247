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

/**
 * The mediation code tables with their Chinese labels, served by {@code GET /api/core/v1/dictionaries/{type}}.
 * Generic names carry the service's prefix (MediationPartyRole …): the registry is shared by every hosted service
 * and refuses a type registered twice.
 */
@Component
class MediationDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("DisputeType", DisputeType.class);
        registry.register("CaseSource", CaseSource.class);
        registry.register("MediationCaseStatus", CaseStatus.class);
        registry.register("MediationAction", CaseAction.class);
        registry.register("MediationPartyRole", PartyRole.class);
        registry.register("MediationPartyKind", PartyKind.class);
        registry.register("MediationAgreementForm", AgreementForm.class);
        registry.register("MediationPerformanceResult", PerformanceResult.class);
        registry.register("MediationConfirmationResult", ConfirmationResult.class);
        registry.register("MediationDeclineReason", DeclineReason.class);
        registry.register("MediationResolutionRoute", ResolutionRoute.class);
        registry.register("MediationAttendeeKind", AttendeeKind.class);
        registry.register("MediationFollowUpMethod", FollowUpMethod.class);
        registry.register("MediationDifficulty", Difficulty.class);
        registry.register("CommitteeType", CommitteeType.class);
        registry.register("MediationMemberPosition", MemberPosition.class);
        registry.register("MediationGender", Gender.class);
        registry.register("MediationEmployment", Employment.class);
        registry.register("MediatorGrade", MediatorGrade.class);
        registry.register("StudioKind", StudioKind.class);
        registry.register("MediationHonourLevel", HonourLevel.class);
        registry.register("MediationRiskLevel", RiskLevel.class);
        registry.register("MediationScreeningStatus", ScreeningStatus.class);
        registry.register("ExpertRequestStatus", ExpertRequestStatus.class);
        registry.register("IncentiveKind", IncentiveKind.class);
    }
}
