package cn.sifa.correction.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.correction.CorrectionApiTest;

/** 走访 and 心理评估 as records of their own: created under correction only, listed newest first, scoped, audited when read. */
class SubjectSupervisionRecordsApiTest extends CorrectionApiTest {

    private static final LocalDate ADULT = LocalDate.of(1983, 6, 1);

    private static String visit(String on, String place) {
        return "{\"visitedOn\":\"" + on + "\",\"visitor\":\" 王社工 \",\"place\":\"" + place + "\",\"findings\":\" 家庭关系和睦,在本村务农 \"}";
    }

    private static String assessment(String on, String risk) {
        return "{\"assessedOn\":\"" + on + "\",\"assessor\":\"李咨询师\",\"instrument\":\"SCL-90\",\"riskLevel\":\"" + risk
                + "\",\"conclusion\":\"情绪波动较大\",\"recommendation\":\"每月心理辅导\"}";
    }

    @Test
    void homeVisitsAreCreatedAndListedNewestFirst() throws Exception {
        String path = underCorrection("PROBATION", "", idNumber("visit-list", ADULT));
        postJson(staff, path + "/home-visits", visit(today().minusDays(1).toString(), "HOME")).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(path + "/home-visits")))
                .andExpect(jsonPath("$.visitor").value("王社工"))
                .andExpect(jsonPath("$.findings").value("家庭关系和睦,在本村务农"))
                .andExpect(jsonPath("$.placeLabel").value("家庭"))
                .andExpect(jsonPath("$.followUp").doesNotExist());
        postJson(staff, path + "/home-visits", "{\"visitor\":\"王社工\",\"place\":\"WORKPLACE\",\"findings\":\"工作正常\",\"followUp\":\"下月再访\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.visitedOn").value(today().toString()));
        getJson(staff, path + "/home-visits").andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].place").value("WORKPLACE"))
                .andExpect(jsonPath("$.content[0].followUp").value("下月再访"))
                .andExpect(jsonPath("$.content[1].visitedOn").value(today().minusDays(1).toString()))
                .andExpect(jsonPath("$.content[1].createdBy").isNotEmpty());
        getJson(staff, path + "/home-visits?size=1").andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        getJson(staff, path).andExpect(jsonPath("$.history[?(@.action=='home-visits')].comment").value(hasItem("走访:家庭,王社工")))
                .andExpect(jsonPath("$.allowedActions").value(hasItem("home-visits")));
        getJson(jinyunStaff, path + "/home-visits").andExpect(status().isNotFound());
        postJson(jinyunStaff, path + "/home-visits", visit(today().toString(), "HOME")).andExpect(status().isNotFound());
        assertThat(count("cr_home_visit", "subject_id = ?::uuid", path.substring(path.lastIndexOf('/') + 1))).isEqualTo(2);
    }

    @Test
    void assessmentsAreCreatedListedAndEveryReadIsAudited() throws Exception {
        String path = underCorrection("PAROLE", "", idNumber("psych-list", ADULT));
        String id = path.substring(path.lastIndexOf('/') + 1);
        postJson(staff, path + "/psychological-assessments", assessment(today().minusDays(1).toString(), "LOW")).andExpect(status().isCreated());
        postJson(staff, path + "/psychological-assessments", assessment(today().toString(), "HIGH")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.riskLevelLabel").value("高"))
                .andExpect(jsonPath("$.instrument").value("SCL-90"));
        long reads = count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id);
        getJson(staff, path + "/psychological-assessments").andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].riskLevel").value("HIGH"))
                .andExpect(jsonPath("$.content[1].riskLevel").value("LOW"))
                .andExpect(jsonPath("$.content[1].recommendation").value("每月心理辅导"));
        assertThat(count("core_audit_event", "action = 'correction.full-read' and target_id = ?", id)).isEqualTo(reads + 1);
        getJson(staff, path).andExpect(jsonPath("$.history[?(@.action=='psychological-assessments')].comment")
                .value(hasItem("心理评估:SCL-90(风险 高)")));
        getJson(jinyunStaff, path + "/psychological-assessments").andExpect(status().isNotFound());
        getJson(staff, path + "/psychological-assessments?sort=conclusion,asc").andExpect(status().isBadRequest());
    }

    @Test
    void badInputAnEndedSubjectAndAnotherCountyWriteNothing() throws Exception {
        String path = underCorrection("CONTROL", "", idNumber("supervision-bad", ADULT));
        long visits = count("cr_home_visit", "true");
        long assessments = count("cr_psych_assessment", "true");
        long history = count("core_transition", "action in ('home-visits', 'psychological-assessments')");
        postJson(staff, path + "/home-visits", "{\"place\":\"HOME\",\"findings\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visitor"));
        postJson(staff, path + "/home-visits", visit(today().toString(), "OFFICE")).andExpect(status().isBadRequest());
        postJson(staff, path + "/home-visits", visit(today().plusDays(1).toString(), "HOME")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        postJson(staff, path + "/home-visits", visit(today().minusDays(3).toString(), "HOME")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
        postJson(staff, path + "/home-visits", "{\"visitor\":\"王\",\"place\":\"HOME\",\"findings\":\"" + "长".repeat(1001) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("findings"));
        postJson(staff, path + "/home-visits", "{\"visitor\":\"王\",\"place\":\"HOME\",\"findings\":\"x\",\"mood\":\"好\"}")
                .andExpect(status().isBadRequest());
        postJson(staff, path + "/psychological-assessments", "{\"assessor\":\"李\",\"riskLevel\":\"LOW\",\"conclusion\":\"平稳\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("instrument"));
        postJson(staff, path + "/psychological-assessments", assessment(today().toString(), "SEVERE")).andExpect(status().isBadRequest());
        postJson(staff, path + "/psychological-assessments", assessment(today().plusDays(1).toString(), "LOW"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        postJson(jinyunStaff, path + "/psychological-assessments", assessment(today().toString(), "LOW")).andExpect(status().isNotFound());
        postJson(staff, path + "/end", "{\"type\":\"TERMINATED_DEATH\"}").andExpect(status().isOk());
        postJson(staff, path + "/home-visits", visit(today().toString(), "HOME")).andExpect(status().isConflict());
        postJson(staff, path + "/psychological-assessments", assessment(today().toString(), "LOW")).andExpect(status().isConflict());
        assertThat(count("cr_home_visit", "true")).isEqualTo(visits);
        assertThat(count("cr_psych_assessment", "true")).isEqualTo(assessments);
        assertThat(count("core_transition", "action in ('home-visits', 'psychological-assessments')")).isEqualTo(history);
    }
}
