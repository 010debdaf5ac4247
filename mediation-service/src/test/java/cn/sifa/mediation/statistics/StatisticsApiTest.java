package cn.sifa.mediation.statistics;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** The METRICS.md figures from a small, known set of cases in 缙云县 (331122), which no other test writes to. */
class StatisticsApiTest extends MediationApiTest {

    static final SifaPrincipal JINYUN = TestCallers.staff("331122", Role.MEDIATION_STAFF);
    static final String STATS = "/api/mediation/v1/statistics?divisionCode=331122&from=2026-09-01&to=2026-09-30";


    MediationApi api;
    UUID mediator;

    @BeforeEach
    void setUp() throws Exception {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("331122", "缙云县司法局", "缙云");
        if (jdbc.queryForObject("select count(*) from med_case where division_code like '331122%'", Integer.class) > 0) {
            return;
        }
        mediator = api.ensureMediator("331122", "李金牌");
        // A medical dispute referred by the court and settled for 25,000 yuan.
        String medical = create("COURT_REFERRAL", "MEDICAL", "2026-09-01");
        step(medical, "accept", "{\"acceptedOn\":\"2026-09-01\",\"mediatorIds\":[\"" + mediator + "\"]}");
        step(medical, "sessions", "{\"heldOn\":\"2026-09-02\",\"place\":\"医调委\",\"notes\":\"调解\"}");
        step(medical, "agreement", "{\"form\":\"WRITTEN\",\"terms\":\"医院赔偿25000元\",\"amount\":25000,\"effectiveOn\":\"2026-09-08\"}");
        // A labour dispute that failed.
        String labour = create("PARTY_APPLICATION", "LABOUR", "2026-09-03");
        step(labour, "accept", "{\"acceptedOn\":\"2026-09-03\",\"mediatorIds\":[\"" + mediator + "\"]}");
        step(labour, "sessions", "{\"heldOn\":\"2026-09-04\",\"place\":\"调解室\",\"notes\":\"调解\"}");
        step(labour, "fail", "{\"failedOn\":\"2026-09-10\",\"reason\":\"分歧较大\"}");
        // Registered only; and one outside the period.
        create("PARTY_APPLICATION", "NEIGHBOUR", "2026-09-20");
        create("PARTY_APPLICATION", "NEIGHBOUR", "2026-10-20");
        api.send(JINYUN, "/api/mediation/v1/incentive-rules", """
                {"kind":"SUCCESSFUL_MEDIATION","disputeType":"MEDICAL","subsidyAmount":400,"creditPoints":12,"validFrom":"2026-01-01"}""")
                .andExpect(status().isCreated());
        api.send(JINYUN, "/api/mediation/v1/incentive-rules", """
                {"kind":"SUCCESSFUL_MEDIATION","subsidyAmount":100,"creditPoints":5,"validFrom":"2026-01-01"}""")
                .andExpect(status().isCreated());
        api.send(JINYUN, "/api/mediation/v1/incentive-rules", """
                {"kind":"CONCLUDED_WITHOUT_AGREEMENT","subsidyAmount":30,"creditPoints":1,"validFrom":"2026-01-01"}""")
                .andExpect(status().isCreated());
    }

    String create(String source, String type, String receivedOn) throws Exception {
        String body = MediationApi.newCase(receivedOn).replace("PARTY_APPLICATION", source).replace("NEIGHBOUR", type);
        return CASES + "/" + read(api.send(JINYUN, CASES, body).andExpect(status().isCreated()).andReturn(), "$.id");
    }

    void step(String path, String action, String json) throws Exception {
        api.send(JINYUN, path + "/" + action, json).andExpect(status().isOk());
    }

    @Test
    void theFiguresAndTheSummarySentenceComeFromTheCases() throws Exception {
        api.fetch(JINYUN, STATS).andExpect(status().isOk())
                .andExpect(jsonPath("$.divisionName").value("缙云县"))
                .andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.succeeded").value(1))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.concluded").value(2))
                .andExpect(jsonPath("$.successRate.numerator").value(1))
                .andExpect(jsonPath("$.successRate.denominator").value(2))
                .andExpect(jsonPath("$.successRate.fraction").value(0.5))
                .andExpect(jsonPath("$.compensation").value(25000.0))
                .andExpect(jsonPath("$.courtReferred").value(1))
                .andExpect(jsonPath("$.byDisputeType[?(@.code=='MEDICAL')].succeeded").value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$.bySource[?(@.code=='COURT_REFERRAL')].registered").value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$.byMonth[0].month").value("2026-09"))
                .andExpect(jsonPath("$.byMonth[0].registered").value(3))
                .andExpect(jsonPath("$.mediators[0].name").value("李金牌"))
                .andExpect(jsonPath("$.mediators[0].succeeded").value(1))
                .andExpect(jsonPath("$.mediators[0].failed").value(1))
                .andExpect(jsonPath("$.mediators[0].subsidy").value(430.0))
                .andExpect(jsonPath("$.mediators[0].creditPoints").value(13))
                .andExpect(jsonPath("$.totalSubsidy").value(430.0))
                .andExpect(jsonPath("$.organisation.fullTimeShare.numerator").value(1))
                .andExpect(jsonPath("$.summary").value(
                        "2026年9月1日至2026年9月30日,缙云县共成功调解各类矛盾纠纷1起,其中,医疗纠纷1起,争取赔(补)偿金额2余万元。"));
    }

    @Test
    void theStatisticsAndTheCaseListExportToExcelAndCsv() throws Exception {
        MvcResult xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(STATS)
                        .with(MediationApi.as(JINYUN))
                        .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn();
        byte[] bytes = xlsx.getResponse().getContentAsByteArray();
        assertThat(bytes.length).isGreaterThan(100);
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        MvcResult json = api.fetch(JINYUN, STATS).andExpect(status().isOk()).andReturn();
        Integer succeeded = read(json, "$.succeeded");
        inBothExports(JINYUN, STATS, sheet -> {
            assertThat(sheet.figure("", "调解成功(协议生效日期在期间内)")).isEqualTo(String.valueOf(succeeded));
            assertThat(sheet.figure("", "调解成功率")).isEqualTo("50.00%(1/2)");
            assertThat(sheet.figure("", "行政区划名称")).isEqualTo("缙云县");
            assertThat(sheet.figure("按纠纷类型 · 医疗纠纷", "调解成功")).isEqualTo("1");
            assertThat(sheet.figure("按调解员(含补贴与积分) · 李金牌", "专兼职")).isNotBlank();
        });
        MvcResult csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(CASES + "?divisionCode=331122")
                        .with(MediationApi.as(JINYUN)).header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("案号").contains("缙云调〔2026〕").contains("医疗纠纷");
        assertThat(text.lines().count()).isEqualTo(5);
    }
}
