package cn.sifa.legalaid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.sifa.legalaid.LegalAidApiTest;

class ApplicationApiTest extends LegalAidApiTest {

    @Test
    void anApplicationIsReviewedGrantedAssignedServedAndClosed() throws Exception {
        // Received Tue 1 Dec 2026: the decision is due 7 days later, Tue 8 Dec (法律援助法第四十三条).
        var created = postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-01", "\"missingMaterials\":[\"劳动合同复印件\"]"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(API + "/applications/")))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.statusLabel").value("审查中"))
                .andExpect(jsonPath("$.applicationNo").value(containsString("开福援申〔2026〕")))
                .andExpect(jsonPath("$.matterLabel").value("请求支付劳动报酬"))
                .andExpect(jsonPath("$.economicStatusLabel").value("免予核查经济困难状况"))
                .andExpect(jsonPath("$.missingMaterials").value("劳动合同复印件"))
                .andExpect(jsonPath("$.deadlines[0].kind").value("LA_REVIEW_DECISION"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-12-08"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-12-08"))
                .andExpect(jsonPath("$.allowedActions", hasItem("decision")));
        String id = read(created, "$.id");
        String idNumber = read(created, "$.applicant.idNumber");

        // Granted Thu 3 Dec: the case opens, assignment due 3 days later = Sun 6 Dec, a rest day -> Mon 7 Dec.
        var granted = postJson(kaifu, API + "/applications/" + id + "/decision", etag(version(kaifu, API + "/applications/" + id)),
                "{\"granted\":true,\"decidedOn\":\"2026-12-03\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GRANTED"))
                .andExpect(jsonPath("$.deadlines[0].status").value("MET"))
                .andExpect(jsonPath("$.allowedActions").isEmpty());
        String caseId = read(granted, "$.caseId");
        getJson(kaifu, API + "/cases/" + caseId).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_ASSIGNMENT"))
                .andExpect(jsonPath("$.caseNo").value(containsString("开福援〔2026〕")))
                .andExpect(jsonPath("$.source").value("APPLICATION"))
                .andExpect(jsonPath("$.clientIdNumber").value(idNumber))
                .andExpect(jsonPath("$.deadlines[0].kind").value("LA_ASSIGNMENT"))
                .andExpect(jsonPath("$.deadlines[0].dueDate").value("2026-12-07"));

        String lawyer = provider(kaifu, "LAWYER", "2015-03-01");
        postJson(kaifu, API + "/cases/" + caseId + "/assign", "{\"providerId\":\"" + lawyer + "\",\"chosenByApplicant\":true,\"assignedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.chosenByApplicant").value(true))
                .andExpect(jsonPath("$.providerName").value(containsString("援助人员")))
                .andExpect(jsonPath("$.deadlines[0].status").value("MET"))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("inform-notifier"))));
        postJson(kaifu, API + "/cases/" + caseId + "/service-records", "{\"kind\":\"MEDIATION\",\"content\":\"与用人单位协商\",\"servedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_SERVICE"))
                .andExpect(jsonPath("$.serviceRecords[0].kindLabel").value("调解、和解"));
        postJson(kaifu, API + "/cases/" + caseId + "/close", "{\"result\":\"调解结案,用人单位支付拖欠工资\",\"recoveredAmount\":38600.50,\"closedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.recoveredAmount").value(38600.50))
                .andExpect(jsonPath("$.history.length()").value(4))
                .andExpect(jsonPath("$.allowedActions", hasItem("quality-review")));
        postJson(kaifu, API + "/cases/" + caseId + "/quality-review", "{\"score\":101}").andExpect(status().isBadRequest());
        postJson(kaifu, API + "/cases/" + caseId + "/quality-review", "{\"score\":92,\"comment\":\"卷宗材料齐全\",\"reviewedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualityScore").value(92))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("quality-review"))));
        postJson(kaifu, API + "/cases/" + caseId + "/quality-review", "{\"score\":80}").andExpect(status().isConflict());
        postJson(kaifu, API + "/cases/" + caseId + "/follow-up", "{\"satisfaction\":\"SATISFIED\",\"comment\":\"电话回访\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.satisfaction").value("SATISFIED"))
                .andExpect(jsonPath("$.allowedActions").isEmpty());

        // Lists mask the ID and phone numbers; the detail shows them.
        String list = body(getJson(kaifu, API + "/applications?q=" + read(created, "$.applicant.name")).andExpect(status().isOk()));
        assertThat(list).doesNotContain(idNumber).contains(idNumber.substring(0, 6) + "********").contains("138****");
        assertThat(body(getJson(kaifu, API + "/cases?status=CLOSED").andExpect(status().isOk()))).doesNotContain(idNumber);

        getJson(kaifu, API + "/statistics?from=2026-12-01&to=2026-12-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.applications").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.grants").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    /** 申请编号 sorts by year, then number: the tenth application comes after the ninth, not after the first. */
    @Test
    void applicationNumbersSortAsNumbersNotAsText() throws Exception {
        for (int i = 0; i < 11; i++) {
            application(kaifu, KAIFU, "2026-12-02");
        }
        List<String> numbers = read(getJson(kaifu, API + "/applications?sort=applicationNo,asc&size=200"), "$.content[*].applicationNo");
        List<Long> sequence = numbers.stream().filter(n -> n.contains("〔2026〕"))
                .map(n -> Long.parseLong(n.replaceAll(".*〔2026〕(\\d+).*", "$1"))).toList();
        assertThat(sequence).hasSizeGreaterThanOrEqualTo(11).isSorted();
    }

    @Test
    void aRefusalNeedsAReasonAndAnObjectionCanOrderCorrection() throws Exception {
        String id = application(kaifu, KAIFU, "2026-11-30");
        // No reason: 400, nothing written.
        long transitions = count("core_transition", "record_id = ?", UUID.fromString(id));
        postJson(kaifu, API + "/applications/" + id + "/decision", "{\"granted\":false,\"decidedOn\":\"2026-12-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content("reason-required"));
        assertThat(count("core_transition", "record_id = ?", UUID.fromString(id))).isEqualTo(transitions);
        getJson(kaifu, API + "/applications/" + id).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

        postJson(kaifu, API + "/applications/" + id + "/decision", "{\"granted\":false,\"reason\":\"经济状况不符合标准\",\"decidedOn\":\"2026-12-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.caseId").doesNotExist());
        // Objection received Wed 2 Dec: decided within 5 days = Mon 7 Dec (法律援助法第四十九条).
        postJson(kaifu, API + "/applications/" + id + "/objection", "{\"reason\":\"申请人系农民工请求支付劳动报酬,依法免予核查\",\"filedOn\":\"2026-12-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OBJECTION_FILED"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-12-07"));
        var corrected = postJson(kaifu, API + "/applications/" + id + "/objection-decision",
                "{\"result\":\"ORDER_CORRECTION\",\"reason\":\"符合免予核查条件\",\"decidedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GRANTED"));
        String caseId = read(corrected, "$.caseId");
        // Assignment due 3 days after 4 Dec = Mon 7 Dec.
        getJson(kaifu, API + "/cases/" + caseId).andExpect(jsonPath("$.nextDueOn").value("2026-12-07"));
    }

    @Test
    void anIllegalStepIs409AndAStaleIfMatchIs412() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-01");
        postJson(kaifu, API + "/applications/" + id + "/objection", "{\"reason\":\"不服\"}")
                .andExpect(status().isConflict());
        long v = version(kaifu, API + "/applications/" + id);
        postJson(kaifu, API + "/applications/" + id + "/supplement-request", etag(v),
                "{\"materials\":[\"经济困难状况说明表\",\"劳动合同\"],\"requestedOn\":\"2026-12-02\"}").andExpect(status().isOk());
        postJson(kaifu, API + "/applications/" + id + "/materials-supplied", etag(v), "{\"suppliedOn\":\"2026-12-03\"}")
                .andExpect(status().isPreconditionFailed());
        getJson(kaifu, API + "/applications/" + id).andExpect(jsonPath("$.status").value("AWAITING_MATERIALS"));
    }

    @Test
    void aSupplementRequestStopsTheReviewClockUntilThePapersComeOrTheApplicationIsDeemedWithdrawn() throws Exception {
        String id = application(kaifu, KAIFU, "2026-11-20");
        postJson(kaifu, API + "/applications/" + id + "/supplement-request", "{\"materials\":[\"身份证明\"],\"requestedOn\":\"2026-11-21\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.deadlines[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$.nextDueOn").doesNotExist());
        // Papers complete Tue 24 Nov: the 7 days run again, to Tue 1 Dec.
        postJson(kaifu, API + "/applications/" + id + "/materials-supplied", "{\"suppliedOn\":\"2026-11-24\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-12-01"))
                .andExpect(jsonPath("$.overdue").value(true));
        getJson(kaifu, API + "/applications?overdue=true").andExpect(jsonPath("$.content[*].id", hasItem(id)));

        String other = application(kaifu, KAIFU, "2026-11-20");
        postJson(kaifu, API + "/applications/" + other + "/supplement-request", "{\"materials\":[\"身份证明\"],\"requestedOn\":\"2026-11-21\"}")
                .andExpect(status().isOk());
        postJson(kaifu, API + "/applications/" + other + "/deem-withdrawn", "{\"withdrawnOn\":\"2026-12-04\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEEMED_WITHDRAWN"));
    }

    @Test
    void aidBeforeTheDecisionOpensTheCaseAndARefusalEndsIt() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-01");
        var pre = postJson(kaifu, API + "/applications/" + id + "/pre-provision", "{\"ground\":\"LIMITATION_NEAR\",\"providedOn\":\"2026-12-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PRE_PROVIDED"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-12-08"));
        String caseId = read(pre, "$.caseId");
        getJson(kaifu, API + "/cases/" + caseId).andExpect(jsonPath("$.source").value("PRE_PROVISION"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-12-04"));
        postJson(kaifu, API + "/applications/" + id + "/decision", "{\"granted\":false,\"reason\":\"不符合条件\",\"decidedOn\":\"2026-12-04\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
        getJson(kaifu, API + "/cases/" + caseId).andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationGround").value("NO_LONGER_ELIGIBLE"));
    }

    @Test
    void badInputIs400AndWritesNothing() throws Exception {
        long before = count("la_application", "division_code = ?", KAIFU);
        postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-01", null).replaceFirst("\"idNumber\":\"[^\"]+\"", "\"idNumber\":\"430105198001011230\""))
                .andExpect(status().isBadRequest());
        // Stars are for sending back what a list showed; on receipt there is nothing stored to keep.
        postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-01", null).replaceFirst("\"idNumber\":\"[^\"]+\"", "\"idNumber\":\"430105********1234\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("masked"));
        postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-01", null).replace("LABOUR_REMUNERATION", "WAGES"))
                .andExpect(status().isBadRequest());
        postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-05", null))
                .andExpect(status().isBadRequest()).andExpect(content("date-in-future"));
        postJson(kaifu, API + "/applications", applicationJson(KAIFU, "2026-12-01", "\"priority\":\"HIGH\""))
                .andExpect(status().isBadRequest());
        assertThat(count("la_application", "division_code = ?", KAIFU)).isEqualTo(before);
    }

    @Test
    void anotherCountySeesNothing() throws Exception {
        String id = application(kaifu, KAIFU, "2026-12-02");
        getJson(jinyun, API + "/applications/" + id).andExpect(status().isNotFound());
        postJson(jinyun, API + "/applications/" + id + "/decision", "{\"granted\":true}").andExpect(status().isNotFound());
        String list = body(getJson(jinyun, API + "/applications?size=200").andExpect(status().isOk()));
        assertThat(list).doesNotContain(id);
        long jinyunApplications = ((Number) read(getJson(jinyun, API + "/statistics?from=2026-01-01&to=2026-12-31"), "$.applications")).longValue();
        assertThat(jinyunApplications).isEqualTo(count("la_application", "division_code like '331122%' and received_on >= '2026-01-01'"));
        getJson(kaifu, API + "/applications/" + id).andExpect(status().isOk());
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneApplication() throws Exception {
        String json = applicationJson(KAIFU, "2026-12-03", null);
        String key = "la-" + UUID.randomUUID();
        long before = count("la_application", "division_code = ?", KAIFU);
        String first = read(mvc.perform(post(API + "/applications").with(as(kaifu)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()), "$.id");
        String second = read(mvc.perform(post(API + "/applications").with(as(kaifu)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()), "$.id");
        assertThat(second).isEqualTo(first);
        assertThat(count("la_application", "division_code = ?", KAIFU)).isEqualTo(before + 1);
    }

    @Test
    void mineListsTheStaffMembersOwnApplications() throws Exception {
        String mine = application(kaifuStaff, KAIFU, "2026-12-03");
        String theirs = application(kaifu, KAIFU, "2026-12-03");
        List<String> ids = read(getJson(kaifuStaff, API + "/applications?mine=true&size=200").andExpect(status().isOk()), "$.content[*].id");
        assertThat(ids).contains(mine).doesNotContain(theirs);
    }

    private static org.springframework.test.web.servlet.ResultMatcher content(String code) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(code));
    }
}
