package cn.sifa.review.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.review.litigation.AbsenceReason;
import cn.sifa.review.litigation.AppearanceRole;
import cn.sifa.review.litigation.CourtProcedure;
import cn.sifa.review.litigation.LitigationRequests.HearingNoticeRequest;
import cn.sifa.review.litigation.Instance;
import cn.sifa.review.litigation.LitigationOutcome;
import cn.sifa.review.litigation.LitigationRequests.DefenceRequest;
import cn.sifa.review.litigation.LitigationRequests.EffectiveRequest;
import cn.sifa.review.litigation.LitigationRequests.HearingRequest;
import cn.sifa.review.litigation.LitigationRequests.JudgmentRequest;
import cn.sifa.review.litigation.LitigationRequests.LawsuitRequest;
import cn.sifa.review.litigation.LitigationService;
import cn.sifa.review.litigation.Litigations;
import cn.sifa.review.reconsideration.AcceptanceDecision;
import cn.sifa.review.reconsideration.ActCategory;
import cn.sifa.review.reconsideration.ApplicationChannel;
import cn.sifa.review.reconsideration.ApprovalMode;
import cn.sifa.review.reconsideration.ReconsiderationOutcome;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AcceptanceRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ApplicationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ConsultationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.CopySentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.DecisionRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.FinalityRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.MediationRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ReplyRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.RespondentAgency;
import cn.sifa.review.reconsideration.ReconsiderationRequests.ServiceRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.WithdrawalRequest;
import cn.sifa.review.reconsideration.NormativeReviewResult;
import cn.sifa.review.reconsideration.NormativeReviewSource;
import cn.sifa.review.reconsideration.PartyKind;
import cn.sifa.review.reconsideration.ReconsiderationRequests.AgentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeDocumentRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeNoticeRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeReplyRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeResultRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeReviewRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeStartRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.NormativeTransferRequest;
import cn.sifa.review.reconsideration.ReconsiderationRequests.PartyRequest;
import cn.sifa.review.reconsideration.ReconsiderationService;
import cn.sifa.review.reconsideration.ReviewProcedure;

/**
 * Demo reconsiderations and lawsuits for every demo county (profile {@code demo}), through the services (the
 * aggregates and the core applier), spread over the last twelve months and every state. Yearly volumes follow the
 * seeds (METRICS.md: 开福 about 300 复议 a year, 缙云 42 复议 and 54 new lawsuits), scaled down for a fast first start.
 * Idempotent: a county that holds the demo's first court case number is skipped. Nothing is assigned to a login.
 */
@Component
@Profile("demo")
@Order(120)
class ReviewDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);
    /** Reconsiderations and lawsuits per county and year (scaled down where the seeds' volume would slow the start). */
    static final Map<String, int[]> VOLUME = Map.of("430105", new int[] {60, 20}, "331122", new int[] {42, 30},
            "371082", new int[] {30, 15}, "330802", new int[] {20, 10});
    private static final String[] AGENCIES = {"市场监督管理局", "城市管理和综合执法局", "自然资源局", "人力资源和社会保障局",
            "公安局", "住房和城乡建设局", "交通运输局", "生态环境局"};
    private static final String[] STREETS = {"芙蓉路", "人民路", "解放路", "建设路", "中山路", "新华路", "和平路"};
    private static final ActCategory[] CATEGORIES = {ActCategory.PENALTY, ActCategory.PENALTY, ActCategory.PENALTY,
            ActCategory.GOV_INFO, ActCategory.WORK_INJURY, ActCategory.EXPROPRIATION, ActCategory.COERCION,
            ActCategory.LICENSING, ActCategory.NON_PERFORMANCE, ActCategory.RESOURCE_TITLE, ActCategory.OTHER};
    private static final ReconsiderationOutcome[] DECISIONS = {ReconsiderationOutcome.UPHOLD, ReconsiderationOutcome.UPHOLD,
            ReconsiderationOutcome.UPHOLD, ReconsiderationOutcome.UPHOLD, ReconsiderationOutcome.UPHOLD,
            ReconsiderationOutcome.REVOKE, ReconsiderationOutcome.CONFIRM_ILLEGAL, ReconsiderationOutcome.REJECT_CLAIM,
            ReconsiderationOutcome.CHANGE, ReconsiderationOutcome.ORDER_PERFORMANCE, ReconsiderationOutcome.APPLICATION_DISMISSED};
    private static final LitigationOutcome[] JUDGMENTS = {LitigationOutcome.REJECT, LitigationOutcome.REJECT,
            LitigationOutcome.REJECT, LitigationOutcome.REJECT, LitigationOutcome.REJECT, LitigationOutcome.REJECT,
            LitigationOutcome.SUIT_DISMISSED, LitigationOutcome.WITHDRAWAL_ALLOWED, LitigationOutcome.REVOKE,
            LitigationOutcome.CONFIRM_ILLEGAL};

    private final ReconsiderationService reconsiderations;
    private final Litigations lawsuits;
    private final LitigationService litigations;

    ReviewDemoData(ReconsiderationService reconsiderations, Litigations lawsuits, LitigationService litigations) {
        this.reconsiderations = reconsiderations;
        this.lawsuits = lawsuits;
        this.litigations = litigations;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        return lawsuits.existsByDivisionCodeAndCourtCaseNoEndingWith(county.code(), caseNoSuffix(county, 0));
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        long started = System.nanoTime();
        int[] volume = VOLUME.getOrDefault(county.code(), new int[] {30, 15});
        DemoNames names = DemoNames.forCounty(county.code(), "review");
        for (int i = 0; i < volume[0]; i++) {
            reconsideration(county, names, today, i == 0);
        }
        for (int i = 0; i < volume[1]; i++) {
            lawsuit(county, names, today, i);
        }
        log.info("Review demo data for {}: {} reconsiderations, {} lawsuits, {} ms", county.shortName(), volume[0],
                volume[1], (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * An applicant: mostly a natural person (ID number, phone, address), one in five a company (credit code), one in
     * four with an agent.
     */
    private static PartyRequest party(DemoCounty county, DemoNames names, LocalDate today) {
        String address = county.shortName() + names.pick(STREETS) + names.between(1, 300) + "号";
        AgentRequest agent = names.between(1, 4) == 1 ? new AgentRequest(names.person() + "(律师)", names.phone()) : null;
        if (names.between(1, 5) == 1) {
            return new PartyRequest(PartyKind.LEGAL_PERSON, names.company(county.shortName()), null,
                    names.creditCode(county.code()), names.phone(), address, agent);
        }
        boolean male = names.male();
        return new PartyRequest(PartyKind.NATURAL_PERSON, names.person(male), names.idNumber(county.code(), male, today), null,
                names.phone(), address, agent);
    }

    /**
     * {@code showcase}: the county's first case has two 附带审查 under way (the applicant's: the drafter has answered, the
     * result is awaited; one the 复议机关 found itself, 第57条: the drafter is notified), the case suspended.
     */
    private void reconsideration(DemoCounty county, DemoNames names, LocalDate today, boolean showcase) {
        int drawnAge = names.between(1, 360);
        int age = showcase ? 30 : drawnAge;
        LocalDate received = today.minusDays(age);
        ActCategory category = names.pick(CATEGORIES);
        BigDecimal amount = category == ActCategory.PENALTY ? BigDecimal.valueOf(names.between(2, 400) * 100L) : null;
        String agency = county.shortName() + names.pick(AGENCIES);
        LocalDate actDate = received.minusDays(names.between(10, 80));
        int drawnRoll = names.between(1, 100);
        int roll = showcase ? 18 : drawnRoll;
        List<PartyRequest> thirdParties = roll % 7 == 0 ? List.of(party(county, names, today)) : null;
        // 附带审查 (第13条): a few applicants challenge the 规范性文件 the act relied on; 第52条 cases are consulted and heard.
        boolean normative = roll >= 18 && roll <= 22 && roll % 5 != 0;
        var filed = reconsiderations.receive(new ApplicationRequest(county.code(), null, List.of(party(county, names, today)),
                thirdParties, new RespondentAgency(agency, names.creditCode(county.code())), category, category.label() + "决定",
                actDate, actDate.plusDays(names.between(1, 5)), received,
                "撤销该" + category.label() + "决定", amount, names.pick(ApplicationChannel.values()),
                normative ? new NormativeDocumentRequest("《" + county.shortName() + category.label() + "裁量基准》",
                        county.shortName() + "人民政府", "第" + names.between(2, 12) + "条") : null, null));
        UUID id = filed.id();
        if (age < 4) {
            return;
        }
        if (roll <= 5) {
            reconsiderations.acceptance(id, null, new AcceptanceRequest(AcceptanceDecision.NOT_ACCEPT, null, null,
                    received.plusDays(3), "不属于本机关管辖", "上一级人民政府", null, null));
            return;
        }
        boolean simple = amount != null && amount.compareTo(BigDecimal.valueOf(3000)) <= 0;
        boolean major = !simple && roll > 17 && roll % 5 == 0;
        reconsiderations.acceptance(id, null, new AcceptanceRequest(AcceptanceDecision.ACCEPT,
                simple ? ReviewProcedure.SIMPLE : ReviewProcedure.ORDINARY,
                simple ? cn.sifa.review.reconsideration.SimpleProcedureGround.SMALL_AMOUNT : null, received.plusDays(3), "申请材料齐全", null,
                major, null));
        if (age < 10) {
            return;
        }
        reconsiderations.copySent(id, null, new CopySentRequest(received.plusDays(5), received.plusDays(6)));
        if (age < 25) {
            return;
        }
        reconsiderations.respondentReply(id, null, new ReplyRequest(received.plusDays(15), null));
        if (normative && age > 16 && !normativeReview(id, filed.normativeReviews().get(0).id(), roll, received, age)) {
            if (showcase) {
                // 第57条: during the review the 复议机关 finds that the act also relied on a second document
                UUID second = reconsiderations.normativeReview(id, null, new NormativeReviewRequest(NormativeReviewSource.EX_OFFICIO,
                        "《" + county.shortName() + "行政执法程序规定》", county.shortName() + "人民政府", "第8条", true,
                        received.plusDays(20))).normativeReviews().get(1).id();
                reconsiderations.normativeReviewNotice(id, second, null, new NormativeNoticeRequest(received.plusDays(21), null));
            }
            return;
        }
        if (major && age > 34) {
            reconsiderations.hearing(id, null, new cn.sifa.review.reconsideration.ReconsiderationRequests.HearingRequest(
                    received.plusDays(16), received.plusDays(34), "双方陈述意见,质证、辩论", null));
        }
        if (age > 36 && roll % 5 == 0) {
            reconsiderations.committeeConsultation(id, null, new ConsultationRequest(received.plusDays(36), "同意复议机构意见"));
        }
        if (age < 50) {
            return;
        }
        if (roll <= 12) {
            reconsiderations.mediation(id, null, new MediationRequest(true, "调解书已送达签收", received.plusDays(40)));
            return;
        }
        if (roll <= 17) {
            reconsiderations.withdrawal(id, null, new WithdrawalRequest(true, "和解后撤回", received.plusDays(40)));
            return;
        }
        reconsiderations.decision(id, null, new DecisionRequest(names.pick(DECISIONS), received.plusDays(45),
                roll % 3 == 0 ? ApprovalMode.COLLECTIVE : ApprovalMode.HEAD, county.head(), null));
        reconsiderations.service(id, null, new ServiceRequest(received.plusDays(48)));
        if (age >= 80) {
            reconsiderations.finality(id, null, new FinalityRequest(received.plusDays(80)));
        }
    }

    /**
     * 附带审查 through its steps (competent: notice and the drafter's reply; otherwise a transfer), suspended from day
     * 16 and concluded on day 32 when the case is old enough; answers whether the case resumed.
     */
    private boolean normativeReview(UUID id, UUID review, int roll, LocalDate received, int age) {
        boolean competent = roll != 19;
        reconsiderations.normativeReviewStart(id, review, null, new NormativeStartRequest(competent, null, received.plusDays(16)));
        if (age <= 18) {
            return false;
        }
        if (competent) {
            reconsiderations.normativeReviewNotice(id, review, null, new NormativeNoticeRequest(received.plusDays(17), received.plusDays(18)));
        } else {
            reconsiderations.normativeReviewTransfer(id, review, null, new NormativeTransferRequest("上一级人民政府", received.plusDays(17),
                    received.plusDays(18)));
        }
        if (age <= 25) {
            return false;
        }
        reconsiderations.normativeReviewReply(id, review, null, new NormativeReplyRequest(competent ? "相关条款依据上位法制定" : "经审查,相关条款合法",
                received.plusDays(25)));
        if (age <= 32) {
            return false;
        }
        reconsiderations.normativeReviewResult(id, review, null, new NormativeResultRequest(
                roll == 22 ? NormativeReviewResult.UNLAWFUL : NormativeReviewResult.LAWFUL, null, received.plusDays(32)));
        return true;
    }

    /** The demo's court case numbers end alike every year: the first one tells whether the county is seeded. */
    private static String caseNoSuffix(DemoCounty county, int i) {
        return county.shortName() + "行初" + (1000 + i) + "号";
    }

    private void lawsuit(DemoCounty county, DemoNames names, LocalDate today, int i) {
        int age = names.between(1, 360);
        LocalDate summons = today.minusDays(age);
        String government = county.shortName() + "人民政府";
        int roll = names.between(1, 100);
        UUID id = litigations.receive(new LawsuitRequest(county.code(), null, county.shortName() + "人民法院",
                "(" + summons.getYear() + ")" + caseNoSuffix(county, i), Instance.FIRST, names.person(),
                List.of(government, county.shortName() + names.pick(AGENCIES)), null, names.pick(CATEGORIES), summons,
                summons.minusDays(names.between(2, 5)), roll % 6 == 0 ? CourtProcedure.SIMPLE : CourtProcedure.ORDINARY)).id();
        if (age < 12) {
            return;
        }
        litigations.defenceFiled(id, null, new DefenceRequest(summons.plusDays(10), true, true));
        if (age < 45) {
            return;
        }
        boolean head = roll <= 90;
        // 出庭通知书: usually a week ahead; one in ten reaches the agency fewer than 3 days before the hearing.
        litigations.hearingNotice(id, null, new HearingNoticeRequest(summons.plusDays(roll % 10 == 0 ? 39 : 33),
                summons.plusDays(40), roll % 7 == 0, null));
        litigations.hearing(id, null, new HearingRequest(summons.plusDays(40),
                head ? (roll % 3 == 0 ? AppearanceRole.PRINCIPAL_HEAD : AppearanceRole.DEPUTY_HEAD) : AppearanceRole.STAFF,
                head ? "副区(县)长" : names.person(), head ? null : AbsenceReason.IRREPLACEABLE_DUTY, head ? null : true,
                head ? Boolean.TRUE : null, roll % 7 == 0));
        if (age < 75) {
            return;
        }
        litigations.judgment(id, null, new JudgmentRequest(names.pick(JUDGMENTS), summons.plusDays(70), summons.plusDays(72)));
        if (age >= 100) {
            litigations.effective(id, null, new EffectiveRequest(summons.plusDays(100)));
        }
    }
}
