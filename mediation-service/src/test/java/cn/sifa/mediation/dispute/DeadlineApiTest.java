package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/**
 * Every mediation deadline, with dates chosen so that the period ends in 国庆 2026 (10-01…10-07, 调休 Saturday 10-10)
 * or 春节 2026 (02-15…02-23): 30 calendar days (or months) ending on a rest day move to the next working day.
 */
class DeadlineApiTest extends MediationApiTest {


    MediationApi api;
    UUID mediator;

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        mediator = api.ensureMediator("430105", "王调解员");
    }

    String accepted(String receivedOn, String acceptedOn) throws Exception {
        String id = read(api.send(KAIFU_STAFF, CASES, MediationApi.newCase(receivedOn)).andExpect(status().isCreated()).andReturn(), "$.id");
        String path = CASES + "/" + id;
        api.send(KAIFU_STAFF, path + "/accept", "{\"acceptedOn\":\"%s\",\"mediatorIds\":[\"%s\"]}".formatted(acceptedOn, mediator))
                .andExpect(status().isOk());
        return path;
    }

    @Test
    void acceptingOpensThirtyDaysThatEndingInTheNationalDayHolidayRunToOctoberEighth() throws Exception {
        String path = accepted("2026-09-01", "2026-09-04");
        api.fetch(KAIFU_STAFF, path)
                .andExpect(jsonPath("$.deadlines[?(@.kind=='MEDIATION_TIME_LIMIT')].dueDate").value(contains("2026-10-08")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='MEDIATION_TIME_LIMIT')].basis").value(contains(
                        "地方实践:人民调解法未规定调解期限,一般在30日内调解结束(可按省配置)")))
                // Still open after its due date: overdue, on the record and in the overdue list.
                .andExpect(jsonPath("$.overdue").value(true));
        api.fetch(KAIFU_STAFF, CASES + "?overdue=true&size=200")
                .andExpect(jsonPath("$.content[*].id").value(hasItem(path.substring(path.lastIndexOf('/') + 1))));
    }

    @Test
    void thirtyDaysEndingInTheSpringFestivalRunToFebruaryTwentyFourth() throws Exception {
        String path = accepted("2026-01-16", "2026-01-17");
        api.fetch(KAIFU_STAFF, path)
                .andExpect(jsonPath("$.deadlines[?(@.kind=='MEDIATION_TIME_LIMIT')].dueDate").value(contains("2026-02-24")));
    }

    @Test
    void theConfirmationPeriodCountsFromTheAgreementsEffectiveDateAcrossTheHoliday() throws Exception {
        String path = accepted("2026-09-01", "2026-09-01");
        api.send(KAIFU_STAFF, path + "/sessions", "{\"heldOn\":\"2026-09-02\",\"place\":\"调解室\",\"notes\":\"调解\"}").andExpect(status().isOk());
        api.send(KAIFU_STAFF, path + "/agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"effectiveOn\":\"2026-09-03\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_APPLICATION')].dueDate").value(contains("2026-10-08")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='MEDIATION_TIME_LIMIT')].status").value(contains("MET")));
    }

    @Test
    void aPeriodEndingOnAMakeUpWorkingSaturdayStaysThere() throws Exception {
        String path = accepted("2026-09-01", "2026-09-01");
        api.send(KAIFU_STAFF, path + "/sessions", "{\"heldOn\":\"2026-09-02\",\"place\":\"调解室\",\"notes\":\"调解\"}").andExpect(status().isOk());
        api.send(KAIFU_STAFF, path + "/agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"effectiveOn\":\"2026-09-10\"}")
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_APPLICATION')].dueDate").value(contains("2026-10-10")));
    }

    @Test
    void theCourtsThirtyDaysRunFromItsRegistrationWhichDefaultsToTheApplicationPastTheSpringFestival() throws Exception {
        String path = accepted("2026-01-05", "2026-01-05");
        api.send(KAIFU_STAFF, path + "/sessions", "{\"heldOn\":\"2026-01-06\",\"place\":\"调解室\",\"notes\":\"调解\"}").andExpect(status().isOk());
        api.send(KAIFU_STAFF, path + "/agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"effectiveOn\":\"2026-01-08\"}")
                // 02-07 is an ordinary Saturday: the period runs to Monday 02-09.
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_APPLICATION')].dueDate").value(contains("2026-02-09")));
        api.send(KAIFU_STAFF, path + "/judicial-confirmation", "{\"appliedOn\":\"2026-01-20\",\"court\":\"长沙市开福区人民法院\"}")
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_APPLICATION')].status").value(contains("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_DECISION')].dueDate").value(contains("2026-02-24")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_DECISION')].basis").value(contains(
                        org.hamcrest.Matchers.startsWith("《民事诉讼法》(2023)第一百八十七条"))))
                .andExpect(jsonPath("$.judicialConfirmation.registeredOn").value("2026-01-20"));
    }

    /** 民诉法 Art 187: the court decides within 30 days of registering (立案) the application, not of receiving it. */
    @Test
    void theCourtsThirtyDaysCountFromTheCourtsRegistration() throws Exception {
        String path = accepted("2026-01-05", "2026-01-05");
        api.send(KAIFU_STAFF, path + "/sessions", "{\"heldOn\":\"2026-01-06\",\"place\":\"调解室\",\"notes\":\"调解\"}").andExpect(status().isOk());
        api.send(KAIFU_STAFF, path + "/agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"effectiveOn\":\"2026-01-08\"}")
                .andExpect(status().isOk());
        // Registered before the application, or in the future: the step-date rule refuses it.
        api.send(KAIFU_STAFF, path + "/judicial-confirmation",
                        "{\"appliedOn\":\"2026-02-26\",\"registeredOn\":\"2026-02-25\",\"court\":\"长沙市开福区人民法院\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("registeredOn"));
        api.send(KAIFU_STAFF, path + "/judicial-confirmation",
                        "{\"appliedOn\":\"2026-02-26\",\"registeredOn\":\"2099-01-01\",\"court\":\"长沙市开福区人民法院\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("registeredOn"));
        api.send(KAIFU_STAFF, path + "/judicial-confirmation",
                        "{\"appliedOn\":\"2026-02-26\",\"registeredOn\":\"2026-03-02\",\"court\":\"长沙市开福区人民法院\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.judicialConfirmation.appliedOn").value("2026-02-26"))
                .andExpect(jsonPath("$.judicialConfirmation.registeredOn").value("2026-03-02"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='JUDICIAL_CONFIRMATION_DECISION')].dueDate").value(contains("2026-04-01")));
    }

    @Test
    void aCommitteesThreeYearTermEndsAfterTheHolidayAndItsReminderComesThreeMonthsEarlier() throws Exception {
        var created = api.send(KAIFU_STAFF, "/api/mediation/v1/committees", """
                {"divisionCode":"430105","name":"期限测试人民调解委员会","type":"TOWNSHIP_STREET","termStartOn":"2023-10-05",
                 "members":[{"name":"甲","gender":"MALE","position":"DIRECTOR"},{"name":"乙","gender":"MALE","position":"MEMBER"}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.termEndsOn").value("2026-10-04"))
                // An expiry: the term's last day itself (a Sunday in 国庆), the same as termEndsOn, never rolled over.
                .andExpect(jsonPath("$.deadlines[?(@.kind=='COMMITTEE_TERM')].dueDate").value(contains("2026-10-04")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='COMMITTEE_TERM')].basis").value(contains(
                        org.hamcrest.Matchers.startsWith("《人民调解法》第九条"))))
                // 2026-07-05 is a Sunday.
                .andExpect(jsonPath("$.deadlines[?(@.kind=='COMMITTEE_RENEWAL_REMINDER')].dueDate").value(contains("2026-07-06")))
                .andExpect(jsonPath("$.warnings[*].code").value(contains("member-count", "no-woman")))
                .andReturn();
        String id = read(created, "$.id");
        api.send(KAIFU_STAFF, "/api/mediation/v1/committees/" + id + "/renew", """
                {"termStartOn":"2026-10-09","members":[{"name":"甲","gender":"FEMALE","position":"DIRECTOR"},
                 {"name":"乙","gender":"MALE","position":"MEMBER"},{"name":"丙","gender":"MALE","position":"MEMBER"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.termEndsOn").value("2029-10-08"))
                .andExpect(jsonPath("$.warnings").isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from core_deadline where record_id = ?::uuid and kind = 'COMMITTEE_TERM' and status = 'MISSED'",
                Integer.class, id)).isEqualTo(1);
    }
}
