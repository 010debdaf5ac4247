package cn.sifa.legalaid.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;
import cn.sifa.legalaid.aidcase.AidMatter;
import cn.sifa.legalaid.aidcase.CaseRequests.AssignRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.CloseRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.ConflictConfirmation;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminateRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminationObjectionDecisionRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.TerminationObjectionRequest;
import cn.sifa.legalaid.aidcase.ObjectionResult;
import cn.sifa.legalaid.aidcase.TerminationGround;
import cn.sifa.legalaid.aidcase.CaseRequests.ClosingDocumentRequest;
import cn.sifa.legalaid.aidcase.ClosingDocumentType;
import cn.sifa.legalaid.aidcase.CaseRequests.InformNotifierRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.NotificationRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.OpponentRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.ServiceRecordRequest;
import cn.sifa.legalaid.aidcase.CaseRequests.Suspect;
import cn.sifa.legalaid.aidcase.CaseService;
import cn.sifa.legalaid.aidcase.CaseView;
import cn.sifa.legalaid.aidcase.NotificationGround;
import cn.sifa.legalaid.aidcase.Notifier;
import cn.sifa.legalaid.aidcase.ServiceKind;
import cn.sifa.legalaid.aidcase.SpecialGroup;
import cn.sifa.legalaid.application.ApplicationChannel;
import cn.sifa.legalaid.application.ApplicationRequests.ApplicantRequest;
import cn.sifa.legalaid.application.ApplicationRequests.CreateRequest;
import cn.sifa.legalaid.application.ApplicationRequests.DecisionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ForwardedRequest;
import cn.sifa.legalaid.application.ApplicationRequests.ObjectionRequest;
import cn.sifa.legalaid.application.ApplicationRequests.SupplementRequest;
import cn.sifa.legalaid.application.ApplicationService;
import cn.sifa.legalaid.application.ApplicationView;
import cn.sifa.legalaid.application.EconomicStatus;
import cn.sifa.legalaid.consultation.ConsultationChannel;
import cn.sifa.legalaid.consultation.ConsultationLog;
import cn.sifa.legalaid.consultation.ConsultationRequest;
import cn.sifa.legalaid.duty.DutyLawyerRegister;
import cn.sifa.legalaid.duty.DutyPostKind;
import cn.sifa.legalaid.duty.DutyServiceKind;
import cn.sifa.legalaid.duty.DutyServiceRequest;
import cn.sifa.legalaid.provider.ProviderKind;
import cn.sifa.legalaid.provider.ProviderRequest;
import cn.sifa.legalaid.provider.ProviderService;

/**
 * Demo legal aid of every demo county, through the services (aggregates and the core applier): a roster, the last
 * 90 days of applications at every step (mostly civil labour and maintenance matters, as METRICS.md reports),
 * and notified criminal cases. Scaled down from the reported yearly volume (缙云 436 cases a year) so that first
 * start stays fast: one application every four days and one notification every ten days.
 */
@Component
@Profile("demo")
@Order(300)
class LegalAidDemoData implements DemoSeeder {

    private static final int DAYS = 90;
    private static final List<ClosingDocumentRequest> CLOSING_DOCUMENTS = List.of(
            new ClosingDocumentRequest(ClosingDocumentType.CLOSING_REPORT, "法律援助案件结案报告"),
            new ClosingDocumentRequest(ClosingDocumentType.MEDIATION_AGREEMENT, "调解协议书"));
    /** Demo names repeat: what the conflict check finds is a namesake, confirmed as the assigner would after checking. */
    private static final ConflictConfirmation CHECKED = new ConflictConfirmation(true, "演示数据:经核实为同名不同人");
    private static final String[] COMPANIES = {"宏达建筑工程有限公司", "鑫源劳务有限公司", "顺发物流有限公司", "永兴装饰工程有限公司"};

    private final ApplicationService applications;
    private final CaseService cases;
    private final ProviderService providers;
    private final DutyLawyerRegister duty;
    private final ConsultationLog consultations;
    private final JdbcTemplate jdbc;

    LegalAidDemoData(ApplicationService applications, CaseService cases, ProviderService providers, DutyLawyerRegister duty,
                     ConsultationLog consultations, JdbcTemplate jdbc) {
        this.applications = applications;
        this.cases = cases;
        this.providers = providers;
        this.duty = duty;
        this.consultations = consultations;
        this.jdbc = jdbc;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        Integer n = jdbc.queryForObject("select count(*) from la_provider where division_code = ?", Integer.class, county.code());
        return n != null && n > 0;
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        DemoNames names = DemoNames.forCounty(county.code(), "legal-aid");
        List<UUID> lawyers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lawyers.add(providers.register(new ProviderRequest(county.code(), names.person(), ProviderKind.LAWYER,
                    county.shortName() + (i % 2 == 0 ? "明正" : "天平") + "律师事务所", "1" + county.code() + "2015" + (10000 + i),
                    names.phone(), today.minusYears(2 + i * 2L))).id());
        }
        UUID worker = providers.register(new ProviderRequest(county.code(), names.person(), ProviderKind.GRASSROOTS_WORKER,
                county.shortName() + "城关法律服务所", "2" + county.code() + "0001", names.phone(), null)).id();

        AidMatter[] civil = {AidMatter.LABOUR_REMUNERATION, AidMatter.LABOUR_REMUNERATION, AidMatter.MAINTENANCE,
                AidMatter.WORK_INJURY, AidMatter.TRAFFIC_INJURY, AidMatter.LABOUR_RELATION, AidMatter.MEDICAL_INJURY};
        ApplicationChannel[] channels = {ApplicationChannel.WINDOW, ApplicationChannel.WINDOW, ApplicationChannel.ONLINE,
                ApplicationChannel.HOTLINE_12348, ApplicationChannel.HOME_VISIT, ApplicationChannel.CROSS_REGION};
        for (int day = DAYS; day >= 0; day -= 4) {
            LocalDate received = today.minusDays(day);
            AidMatter matter = names.pick(civil);
            boolean wage = matter == AidMatter.LABOUR_REMUNERATION || matter == AidMatter.WORK_INJURY;
            boolean male = names.male();
            ApplicationView a = applications.create(new CreateRequest(county.code(),
                    new ApplicantRequest(names.person(male), names.idNumber(county.code(), male, today), names.phone(), null, null, null),
                    AidCategory.CIVIL, matter, AidForm.CIVIL_ADMIN_STATE_COMP_AGENCY,
                    wage ? Set.of(SpecialGroup.MIGRANT_WORKER) : Set.of(), names.pick(channels),
                    wage ? EconomicStatus.VERIFICATION_EXEMPT : EconomicStatus.COMMITMENT, received,
                    wage ? "用人单位拖欠工资,多次催讨未果" : "请求给付费用,协商未果",
                    day % 9 == 0 ? List.of("劳动合同复印件") : null,
                    List.of(new OpponentRequest(wage ? county.shortName() + names.pick(COMPANIES) : names.person(), null)), null, null));
            if (day < 3) {
                continue; // still under review
            }
            if (day % 21 == 0) {
                applications.requestSupplement(a.id(), null, new SupplementRequest(List.of("经济困难状况说明表"), received.plusDays(1)));
                continue;
            }
            LocalDate decided = received.plusDays(names.between(1, Math.min(6, day)));
            if (day % 15 == 0) {
                applications.decide(a.id(), null, new DecisionRequest(false, "申请事项不属于法律援助范围", decided));
                if (day > 60) {
                    applications.object(a.id(), null, new ObjectionRequest("申请人认为属于法律援助范围", decided.plusDays(1)));
                }
                continue;
            }
            ApplicationView granted = applications.decide(a.id(), null, new DecisionRequest(true, null, decided));
            if (day < 6) {
                continue; // awaiting assignment
            }
            LocalDate assigned = notAfter(decided.plusDays(names.between(0, 2)), today);
            cases.assign(granted.caseId(), null, new AssignRequest(day % 4 == 0 ? worker : names.pick(lawyers), day % 2 == 0, assigned, CHECKED));
            if (day < 20) {
                continue;
            }
            cases.recordService(granted.caseId(), null, new ServiceRecordRequest(ServiceKind.MEETING, "约见受援人,了解案情", assigned.plusDays(2)));
            if (day == 70 || day == 38) {
                // 终止, then an objection: the older one ordered corrected (the service resumes), the newer one pending.
                LocalDate terminated = assigned.plusDays(5);
                cases.terminate(granted.caseId(), null, new TerminateRequest(TerminationGround.SELF_RETAINED_COUNSEL, "受援人称已自行委托律师", terminated));
                cases.objectToTermination(granted.caseId(), null, new TerminationObjectionRequest("受援人否认自行委托律师", terminated.plusDays(1)));
                if (day > 60) {
                    cases.decideTerminationObjection(granted.caseId(), null, new TerminationObjectionDecisionRequest(
                            ObjectionResult.ORDER_CORRECTION, "经核实受援人未委托律师,终止理由不成立", terminated.plusDays(4)));
                }
                continue;
            }
            if (day > 45) {
                cases.close(granted.caseId(), null, new CloseRequest(wage ? "调解结案,用人单位支付拖欠款项" : "判决支持诉讼请求",
                        BigDecimal.valueOf(names.between(8, 120) * 1000L), CLOSING_DOCUMENTS, notAfter(assigned.plusDays(names.between(20, 40)), today)));
            }
        }

        seedDutyAndConsultations(county, today, names, lawyers);

        NotificationGround[] grounds = {NotificationGround.MINOR, NotificationGround.LIFE_OR_DEATH, NotificationGround.DISABLED_SENSORY,
                NotificationGround.OTHER_ORDINARY};
        for (int day = DAYS; day >= 0; day -= 10) {
            LocalDate received = today.minusDays(day);
            NotificationGround ground = names.pick(grounds);
            CaseView c = cases.receiveNotification(new NotificationRequest(county.code(), Notifier.COURT,
                    county.shortName() + "人民法院", ground, ground == NotificationGround.LIFE_OR_DEATH ? "故意杀人罪" : "盗窃罪",
                    new Suspect(names.person(), null, null, ground == NotificationGround.MINOR ? Set.of(SpecialGroup.MINOR) : Set.of()),
                    null, received));
            if (day < 3) {
                continue;
            }
            LocalDate assigned = received.plusDays(names.between(0, 2));
            // The senior lawyers qualify for life-or-death cases (Art 26).
            cases.assign(c.id(), null, new AssignRequest(lawyers.get(4), false, assigned, CHECKED));
            cases.informNotifier(c.id(), null, new InformNotifierRequest(assigned));
            if (day > 60) {
                cases.close(c.id(), null, new CloseRequest("出庭辩护,判决已生效", null, List.of(new ClosingDocumentRequest(
                        ClosingDocumentType.CLOSING_REPORT, "结案报告"), new ClosingDocumentRequest(ClosingDocumentType.DEFENCE_OPINION, "辩护词"),
                        new ClosingDocumentRequest(ClosingDocumentType.JUDGMENT, "刑事判决书")), assigned.plusDays(names.between(30, 50))));
            }
        }
    }

    /**
     * The duty lawyers at the county's court, procuratorate and detention house (scaled from 672 plea-leniency
     * participations and 1098 persons a year), consultations by channel (2446 人次 a year) and a detained person's
     * application every month, forwarded the next day (the newest still awaiting forwarding).
     */
    private void seedDutyAndConsultations(DemoCounty county, LocalDate today, DemoNames names, List<UUID> lawyers) {
        String[] posts = {county.shortName() + "人民法院法律援助工作站", county.shortName() + "人民检察院法律援助工作站",
                county.shortName() + "看守所法律援助工作站"};
        DutyPostKind[] kinds = {DutyPostKind.COURT, DutyPostKind.PROCURATORATE, DutyPostKind.DETENTION_HOUSE};
        DutyServiceKind[] services = {DutyServiceKind.LEGAL_ADVICE, DutyServiceKind.LEGAL_ADVICE, DutyServiceKind.PROCEDURE_ADVICE,
                DutyServiceKind.MEETING, DutyServiceKind.FILE_REVIEW, DutyServiceKind.CASE_OPINION, DutyServiceKind.COERCIVE_MEASURE_CHANGE};
        for (int day = DAYS, i = 0; day >= 0; day -= 3, i++) {
            int post = i % 3;
            boolean plea = post != 0 || names.between(0, 1) == 1;
            duty.register(new DutyServiceRequest(county.code(), kinds[post], posts[post], lawyers.get(i % lawyers.size()),
                    today.minusDays(day), names.pick(services), plea, plea && names.between(0, 2) > 0, names.between(1, 4),
                    plea ? "犯罪嫌疑人自愿认罪认罚,值班律师在场见证" : "为在押人员提供法律咨询"));
        }
        ConsultationChannel[] channels = {ConsultationChannel.WINDOW, ConsultationChannel.WINDOW, ConsultationChannel.HOTLINE_12348,
                ConsultationChannel.HOTLINE_12348, ConsultationChannel.ONLINE, ConsultationChannel.DUTY_POST, ConsultationChannel.HOME_VISIT};
        AidMatter[] matters = {AidMatter.LABOUR_REMUNERATION, AidMatter.MAINTENANCE, AidMatter.TRAFFIC_INJURY, AidMatter.WORK_INJURY,
                AidMatter.LABOUR_RELATION, AidMatter.OTHER};
        String[] questions = {"工资被拖欠如何维权", "离婚后抚养费如何主张", "交通事故赔偿标准", "工伤认定程序", "未签劳动合同能否主张双倍工资",
                "邻里纠纷如何处理"};
        for (int day = DAYS; day >= 0; day -= 2) {
            int q = names.between(0, questions.length - 1);
            consultations.register(new ConsultationRequest(county.code(), names.pick(channels), today.minusDays(day), matters[q],
                    names.between(1, 4), names.person(), null, questions[q], "告知相关法律规定及维权途径,符合条件的可申请法律援助"));
        }
        for (int day = DAYS; day >= 0; day -= 30) {
            boolean male = names.male();
            ApplicationView a = applications.create(new CreateRequest(county.code(),
                    new ApplicantRequest(names.person(male), names.idNumber(county.code(), male, today), null, null, null, null),
                    AidCategory.CRIMINAL, AidMatter.CRIMINAL_DEFENCE, AidForm.CRIMINAL_DEFENCE_AGENCY, Set.of(), ApplicationChannel.WINDOW,
                    EconomicStatus.COMMITMENT, today.minusDays(day), "在押犯罪嫌疑人申请法律援助,经值班律师转交", null, List.of(), true,
                    county.shortName() + "看守所"));
            if (day > 0) {
                applications.forwarded(a.id(), null, new ForwardedRequest(today.minusDays(day - 1)));
            }
        }
    }

    private static LocalDate notAfter(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }
}
