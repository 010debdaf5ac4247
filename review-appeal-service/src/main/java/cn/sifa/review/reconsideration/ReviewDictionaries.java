package cn.sifa.review.reconsideration;

import org.springframework.stereotype.Component;

import cn.sifa.core.dictionary.DictionaryContributor;
import cn.sifa.review.litigation.AbsenceReason;
import cn.sifa.review.litigation.AppearanceRole;
import cn.sifa.review.litigation.Instance;
import cn.sifa.review.litigation.LitigationOutcome;
import cn.sifa.review.litigation.LitigationStatus;
import cn.sifa.review.litigation.RulingKind;

/**
 * The review-appeal code tables with their Chinese labels, served by {@code GET /api/core/v1/dictionaries/{type}}.
 * Generic names carry the service's prefix (the registry is shared by every hosted service).
 */
@Component
class ReviewDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("ActCategory", ActCategory.class);
        registry.register("ReconsiderationStatus", ReconsiderationStatus.class);
        registry.register("ReconsiderationOutcome", ReconsiderationOutcome.class);
        registry.register("ReconsiderationChannel", ApplicationChannel.class);
        registry.register("ReconsiderationAcceptanceDecision", AcceptanceDecision.class);
        registry.register("ReconsiderationProcedure", ReviewProcedure.class);
        registry.register("ReconsiderationSimpleGround", SimpleProcedureGround.class);
        registry.register("ReconsiderationSuspensionGround", SuspensionGround.class);
        registry.register("ReconsiderationApprovalMode", ApprovalMode.class);
        registry.register("ReconsiderationPartyKind", PartyKind.class);
        registry.register("ReconsiderationPartyRole", PartyRole.class);
        registry.register("NormativeReviewSource", NormativeReviewSource.class);
        registry.register("NormativeReviewResult", NormativeReviewResult.class);
        registry.register("NormativeReviewStatus", NormativeReviewStatus.class);
        registry.register("LitigationCourtProcedure", cn.sifa.review.litigation.CourtProcedure.class);
        registry.register("LitigationStatus", LitigationStatus.class);
        registry.register("LitigationOutcome", LitigationOutcome.class);
        registry.register("LitigationInstance", Instance.class);
        registry.register("LitigationRulingKind", RulingKind.class);
        registry.register("AppearanceRole", AppearanceRole.class);
        registry.register("AbsenceReason", AbsenceReason.class);
        registry.register("AccountabilityMeasure", cn.sifa.review.litigation.AccountabilityMeasure.class);
    }
}
