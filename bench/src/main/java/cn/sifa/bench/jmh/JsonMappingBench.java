package cn.sifa.bench.jmh;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import tools.jackson.databind.json.JsonMapper;

import cn.sifa.core.deadline.DeadlineStatus;
import cn.sifa.core.deadline.DeadlineView;
import cn.sifa.core.workflow.TransitionView;
import cn.sifa.mediation.dispute.AgreementForm;
import cn.sifa.mediation.dispute.AttendeeKind;
import cn.sifa.mediation.dispute.CaseSource;
import cn.sifa.mediation.dispute.CaseStatus;
import cn.sifa.mediation.dispute.CaseView;
import cn.sifa.mediation.dispute.ConfirmationResult;
import cn.sifa.mediation.dispute.Difficulty;
import cn.sifa.mediation.dispute.DisputeType;
import cn.sifa.mediation.dispute.FollowUpMethod;
import cn.sifa.mediation.dispute.PartyKind;
import cn.sifa.mediation.dispute.PartyRole;
import cn.sifa.mediation.dispute.PerformanceResult;

/**
 * JSON mapping (Jackson 3) of a mediation case's detail view as GET /api/mediation/v1/cases/{id} answers it: an
 * archived case with three parties, two sessions, a written agreement, judicial confirmation, a follow-up, its
 * deadline and nine history rows (about 4 KB of JSON).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonMappingBench {

    private JsonMapper mapper;
    private CaseView view;
    private String json;

    @Setup
    public void setUp() {
        mapper = JsonMapper.builder().build();
        LocalDate d = LocalDate.of(2025, 3, 3);
        CaseView.Ref committee = new CaseView.Ref(UUID.randomUUID(), "开福区东风路街道人民调解委员会");
        List<CaseView.Ref> mediators = List.of(new CaseView.Ref(UUID.randomUUID(), "王秀英"), new CaseView.Ref(UUID.randomUUID(), "李建国"));
        List<CaseView.PartyView> parties = List.of(
                new CaseView.PartyView(PartyRole.APPLICANT, "申请人", PartyKind.PERSON, "张伟", "430105********123X", null, "13800000000", UUID.randomUUID()),
                new CaseView.PartyView(PartyRole.RESPONDENT, "被申请人", PartyKind.ORGANIZATION, "长沙开福物业管理有限公司", null, "91430105MA4L0XXX1K", "0731-84000000", UUID.randomUUID()),
                new CaseView.PartyView(PartyRole.THIRD_PARTY, "第三人", PartyKind.PERSON, "刘芳", "430105********0021", null, null, UUID.randomUUID()));
        List<CaseView.AttendeeView> attendees = List.of(new CaseView.AttendeeView("张伟", AttendeeKind.PARTY, "当事人", ""),
                new CaseView.AttendeeView("赵律师", AttendeeKind.AGENT, "代理人", "湖南某律师事务所"));
        List<CaseView.SessionView> sessions = List.of(
                new CaseView.SessionView(UUID.randomUUID(), d.plusDays(2), "东风路街道调解室", mediators, attendees, false, false,
                        "第1次调解:听取双方陈述,释法说理,双方分歧较大,约定再次调解。"),
                new CaseView.SessionView(UUID.randomUUID(), d.plusDays(9), "东风路街道调解室", mediators, attendees, false, false,
                        "第2次调解:促成双方达成一致意见。"));
        List<DeadlineView> deadlines = List.of(new DeadlineView("MEDIATION_TIME_LIMIT", "调解期限", d.plusDays(31),
                "地方实践:人民调解法未规定调解期限,一般在30日内调解结束(可按省配置)", d.plusDays(9), DeadlineStatus.MET, false));
        List<TransitionView> history = List.of("register", "accept", "sessions", "sessions", "agreement", "performance",
                "judicial-confirmation", "follow-ups", "archive").stream()
                .map(a -> new TransitionView(a, "MEDIATING", "AGREEMENT_REACHED", d, "kaifu-mediator", Instant.parse("2025-03-03T02:00:00Z"), "备注", "王秀英"))
                .toList();
        view = new CaseView(UUID.randomUUID(), "开福调〔2025〕1234号", CaseStatus.ARCHIVED, "已归档", "430105", committee,
                CaseSource.PARTY_APPLICATION, "当事人申请", DisputeType.PROPERTY_MGMT, "物业纠纷", Difficulty.ORDINARY,
                "张伟与长沙开福物业管理有限公司就物业费收取及小区公共设施维修问题产生纠纷。", new BigDecimal("12000.00"), d, d.plusDays(1),
                "kaifu-mediator", mediators, parties, sessions, null, new CaseView.EscalationView(false, null, null, null),
                new CaseView.AgreementView(AgreementForm.WRITTEN, "双方自愿达成如下协议:物业公司一次性支付张伟8000元,双方纠纷就此了结。",
                        new BigDecimal("8000.00"), d.plusDays(9), d.plusDays(40)),
                null, new CaseView.PerformanceView(PerformanceResult.PERFORMED, d.plusDays(40), "电话回访核实履行情况。"),
                new CaseView.ConfirmationView(d.plusDays(12), d.plusDays(13), "长沙市开福区人民法院", ConfirmationResult.CONFIRMED, d.plusDays(25)),
                List.of(new CaseView.FollowUpView(UUID.randomUUID(), d.plusDays(50), FollowUpMethod.PHONE, "王秀英", "回访当事人,协议履行情况良好。", true)),
                d.plusDays(60), deadlines, null, false, List.of(), history, 7);
        json = mapper.writeValueAsString(view);
    }

    @Benchmark
    public String serializeCaseView() {
        return mapper.writeValueAsString(view);
    }

    @Benchmark
    public CaseView deserializeCaseView() {
        return mapper.readValue(json, CaseView.class);
    }
}
