package cn.sifa.legalaid.aidcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sifa.legalaid.LegalAidApiTest;

class NotifiedCaseApiTest extends LegalAidApiTest {

    private String notification(String ground, String receivedOn) throws Exception {
        return read(postJson(kaifu, API + "/notifications", """
                {"notifier":"COURT","notifierName":"长沙市开福区人民法院","ground":"%s","charge":"故意杀人罪",
                 "suspect":{"name":"张某%d","idNumber":"%s","specialGroups":[]},"receivedOn":"%s"}"""
                .formatted(ground, seq(), idNumber(KAIFU, seq()), receivedOn)).andExpect(status().isCreated()), "$.id");
    }

    @Test
    void aNoticeReceivedOnTheEveOfNationalDayIsDueOnTheFirstWorkingDayAfterTheHoliday() throws Exception {
        // Received Wed 30 Sep 2026: 3 days end on Sat 3 Oct, inside 国庆 (1–7 Oct) -> Thu 8 Oct (法律援助法第三十六条).
        var created = postJson(kaifu, API + "/notifications", """
                {"notifier":"PUBLIC_SECURITY","notifierName":"长沙市公安局开福分局","ground":"MINOR","charge":"盗窃罪",
                 "suspect":{"name":"小李","specialGroups":["MINOR"]},"receivedOn":"2026-09-30"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(API + "/cases/")))
                .andExpect(jsonPath("$.status").value("AWAITING_ASSIGNMENT"))
                .andExpect(jsonPath("$.source").value("NOTIFICATION"))
                .andExpect(jsonPath("$.notificationGroundLabel").value("未成年人"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("LA_NOTIFIED_ASSIGNMENT"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-10-08"))
                .andExpect(jsonPath("$.deadlines[0].basis").value(containsString("第三十六条")));
        String id = read(created, "$.id");
        String lawyer = provider(kaifu, "LAWYER", null);
        postJson(kaifu, API + "/cases/" + id + "/assign", "{\"providerId\":\"" + lawyer + "\",\"chosenByApplicant\":false,\"assignedOn\":\"2026-10-08\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[0].status").value("MET"))
                .andExpect(jsonPath("$.allowedActions", hasItem("inform-notifier")));
        postJson(kaifu, API + "/cases/" + id + "/inform-notifier", "{\"informedOn\":\"2026-10-08\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notifierInformedOn").value("2026-10-08"))
                .andExpect(jsonPath("$.allowedActions", org.hamcrest.Matchers.not(hasItem("inform-notifier"))));
    }

    @Test
    void aNoticeAssignedAfterTheDueDateIsMissedAndAnOpenOneIsOverdueInTheList() throws Exception {
        String late = notification("DISABLED_SENSORY", "2026-09-30");
        String lawyer = provider(kaifu, "LAWYER", null);
        postJson(kaifu, API + "/cases/" + late + "/assign", "{\"providerId\":\"" + lawyer + "\",\"assignedOn\":\"2026-10-09\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadlines[0].status").value("MISSED"));
        String open = notification("IN_ABSENTIA", "2026-11-25");
        List<String> overdue = read(getJson(kaifu, API + "/cases?overdue=true&size=200").andExpect(status().isOk()), "$.content[*].id");
        assertThat(overdue).contains(open).doesNotContain(late);
        // Received Tue 1 Dec: due Fri 4 Dec = today -> due soon.
        String soon = notification("MINOR", "2026-12-01");
        List<String> dueSoon = read(getJson(kaifu, API + "/cases?dueSoon=true&size=200"), "$.content[*].id");
        assertThat(dueSoon).contains(soon).doesNotContain(open);
    }

    @Test
    void aLifeOrDeathCaseNeedsALawyerWithThreeYearsOfCriminalPractice() throws Exception {
        String id = notification("LIFE_OR_DEATH", "2026-12-02");
        String volunteer = provider(kaifu, "VOLUNTEER", null);
        String junior = provider(kaifu, "LAWYER", "2024-06-01");
        String senior = provider(kaifu, "LAWYER", "2019-06-01");
        postJson(kaifu, API + "/cases/" + id + "/assign", "{\"providerId\":\"" + volunteer + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("provider-not-qualified")))
                .andExpect(content().string(containsString("第二十六条")));
        postJson(kaifu, API + "/cases/" + id + "/assign", "{\"providerId\":\"" + junior + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("刑事执业 2 年")));
        getJson(kaifu, API + "/cases/" + id).andExpect(jsonPath("$.status").value("AWAITING_ASSIGNMENT"));
        List<String> qualified = read(getJson(kaifu, API + "/providers?lifeOrDeathQualified=true&size=200"), "$.content[*].id");
        assertThat(qualified).contains(senior).doesNotContain(junior, volunteer);
        postJson(kaifu, API + "/cases/" + id + "/assign", "{\"providerId\":\"" + senior + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"));
        // Assigned twice: illegal.
        postJson(kaifu, API + "/cases/" + id + "/assign", "{\"providerId\":\"" + senior + "\"}").andExpect(status().isConflict());
        postJson(kaifu, API + "/cases/" + id + "/terminate", "{\"ground\":\"SELF_RETAINED_COUNSEL\",\"reason\":\"家属已委托律师\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationGroundLabel").value("受援人自行委托律师或者其他代理人"));
        postJson(kaifu, API + "/cases/" + id + "/close", "{\"result\":\"结案\"}").andExpect(status().isConflict());
    }

    @Test
    void anotherCountyNeitherSeesTheCaseNorAssignsFromItsRoster() throws Exception {
        String id = notification("MINOR", "2026-12-03");
        getJson(jinyun, API + "/cases/" + id).andExpect(status().isNotFound());
        assertThat(body(getJson(jinyun, API + "/cases?size=200"))).doesNotContain(id);
        String jinyunLawyer = provider(jinyun, "LAWYER", null);
        postJson(kaifu, API + "/cases/" + id + "/assign", "{\"providerId\":\"" + jinyunLawyer + "\"}").andExpect(status().isNotFound());
        postJson(kaifu, API + "/notifications", "{\"notifier\":\"COURT\",\"notifierName\":\"法院\",\"ground\":\"MINOR\",\"suspect\":{\"name\":\"甲\"},\"unknown\":1}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCaseListExportsAsCsvWithMaskedNumbers() throws Exception {
        notification("MINOR", "2026-12-03");
        String csv = mvc.perform(get(API + "/cases?source=NOTIFICATION").with(as(kaifu)).header("Accept", "text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("案号").contains("通知辩护/代理").contains("********");
    }
}
