package cn.sifa.legalaid.dictionary;

import org.springframework.stereotype.Component;

import cn.sifa.core.dictionary.DictionaryContributor;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.aidcase.CaseSource;
import cn.sifa.legalaid.aidcase.CaseStatus;
import cn.sifa.legalaid.aidcase.ConflictCheckView;
import cn.sifa.legalaid.aidcase.NotificationGround;
import cn.sifa.legalaid.aidcase.Notifier;
import cn.sifa.legalaid.aidcase.Satisfaction;
import cn.sifa.legalaid.aidcase.ServiceKind;
import cn.sifa.legalaid.aidcase.SpecialGroup;
import cn.sifa.legalaid.aidcase.TerminationGround;
import cn.sifa.legalaid.application.AgentRelation;
import cn.sifa.legalaid.application.ApplicationChannel;
import cn.sifa.legalaid.application.ApplicationStatus;
import cn.sifa.legalaid.application.EconomicStatus;
import cn.sifa.legalaid.aidcase.ObjectionResult;
import cn.sifa.legalaid.application.PreProvisionGround;
import cn.sifa.legalaid.consultation.ConsultationChannel;
import cn.sifa.legalaid.duty.DutyPostKind;
import cn.sifa.legalaid.duty.DutyServiceKind;
import cn.sifa.legalaid.provider.ProviderKind;

/**
 * The legal-aid code tables with their Chinese labels, served by {@code GET /api/core/v1/dictionaries/{type}}.
 * Every type carries the LegalAid prefix: the registry is shared by every hosted service.
 */
@Component
class LegalAidDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("LegalAidCategory", AidCategory.class);
        registry.register("LegalAidMatter", AidMatter.class);
        registry.register("AidForm", AidForm.class);
        registry.register("LegalAidSpecialGroup", SpecialGroup.class);
        registry.register("LegalAidChannel", ApplicationChannel.class);
        registry.register("LegalAidEconomicStatus", EconomicStatus.class);
        registry.register("LegalAidApplicationStatus", ApplicationStatus.class);
        registry.register("LegalAidPreProvisionGround", PreProvisionGround.class);
        registry.register("LegalAidObjectionResult", ObjectionResult.class);
        registry.register("LegalAidAgentRelation", AgentRelation.class);
        registry.register("LegalAidCaseStatus", CaseStatus.class);
        registry.register("LegalAidCaseSource", CaseSource.class);
        registry.register("LegalAidNotifier", Notifier.class);
        registry.register("LegalAidNotificationGround", NotificationGround.class);
        registry.register("TerminationReason", TerminationGround.class);
        registry.register("LegalAidServiceKind", ServiceKind.class);
        registry.register("LegalAidProviderKind", ProviderKind.class);
        registry.register("LegalAidSatisfaction", Satisfaction.class);
        registry.register("LegalAidDutyPostKind", DutyPostKind.class);
        registry.register("LegalAidDutyServiceKind", DutyServiceKind.class);
        registry.register("LegalAidConsultationChannel", ConsultationChannel.class);
        registry.register("LegalAidClosingDocumentType", cn.sifa.legalaid.aidcase.ClosingDocumentType.class);
        registry.register("LegalAidConflictSource", ConflictCheckView.Source.class);
        registry.register("LegalAidSubsidyPrecedence", cn.sifa.legalaid.subsidy.Precedence.class);
        registry.register("LegalAidConflictKind", ConflictCheckView.Kind.class);
        registry.register("LegalAidConflictMatchedBy", ConflictCheckView.MatchedBy.class);
    }
}
