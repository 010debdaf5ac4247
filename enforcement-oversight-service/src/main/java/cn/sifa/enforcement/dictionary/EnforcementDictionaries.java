package cn.sifa.enforcement.dictionary;

import org.springframework.stereotype.Component;

import cn.sifa.core.dictionary.DictionaryContributor;

/** The code tables of this service, for {@code GET /api/core/v1/dictionaries/{type}}. */
@Component
class EnforcementDictionaries implements DictionaryContributor {

    @Override
    public void contribute(Registry registry) {
        registry.register("EnforcementActType", cn.sifa.enforcement.action.EnforcementActType.class);
        registry.register("PenaltyKind", cn.sifa.enforcement.action.PenaltyKind.class);
        registry.register("ImportStatus", cn.sifa.enforcement.action.ImportStatus.class);
        registry.register("AgencyKind", cn.sifa.enforcement.agency.AgencyKind.class);
        registry.register("ExamResult", cn.sifa.enforcement.officer.ExamResult.class);
        registry.register("CertificateStatus", cn.sifa.enforcement.officer.CertificateStatus.class);
        registry.register("ReviewReason", cn.sifa.enforcement.legalreview.ReviewReason.class);
        registry.register("MajorReviewStatus", cn.sifa.enforcement.legalreview.MajorReviewStatus.class);
        registry.register("ReviewOpinion", cn.sifa.enforcement.legalreview.ReviewOpinion.class);
        registry.register("FilingStatus", cn.sifa.enforcement.filing.FilingStatus.class);
        registry.register("FilingReviewResult", cn.sifa.enforcement.filing.FilingReviewResult.class);
        registry.register("PlanStatus", cn.sifa.enforcement.filereview.PlanStatus.class);
        registry.register("FileReviewStatus", cn.sifa.enforcement.filereview.FileReviewStatus.class);
        registry.register("Grade", cn.sifa.enforcement.filereview.Grade.class);
        registry.register("InspectionStatus", cn.sifa.enforcement.inspection.InspectionStatus.class);
        registry.register("ApprovalLevel", cn.sifa.enforcement.inspection.ApprovalLevel.class);
        registry.register("LeniencyListKind", cn.sifa.enforcement.leniency.LeniencyListKind.class);
        registry.register("LenientKind", cn.sifa.enforcement.leniency.LenientKind.class);
        registry.register("ComplaintStatus", cn.sifa.enforcement.complaint.ComplaintStatus.class);
        registry.register("SupervisionDocumentType", cn.sifa.enforcement.complaint.SupervisionDocumentType.class);
        registry.register("ComplaintOutcome", cn.sifa.enforcement.complaint.ComplaintOutcome.class);
        registry.register("NormativeStatus", cn.sifa.enforcement.normative.NormativeStatus.class);
        registry.register("LegalitySubjectType", cn.sifa.enforcement.legality.LegalitySubjectType.class);
        registry.register("LegalityStatus", cn.sifa.enforcement.legality.LegalityStatus.class);
    }
}
