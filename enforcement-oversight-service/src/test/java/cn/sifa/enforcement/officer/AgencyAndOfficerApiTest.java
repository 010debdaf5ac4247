package cn.sifa.enforcement.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.sifa.enforcement.EnforcementApiTest;

/** 执法主体 and 执法人员: another division neither sees nor changes them; the certificate expiry follows a renewal. */
class AgencyAndOfficerApiTest extends EnforcementApiTest {

    private static String officerJson(UUID agency, String name, String certificateNo, LocalDate validUntil) {
        return """
                {"agencyId":"%s","name":"%s","certificateNo":"%s","certificateValidUntil":"%s","examResult":"PASSED","trainingHours":40}"""
                .formatted(agency, name, certificateNo, validUntil);
    }

    @Test
    void anAgencyOfAnotherDivisionIsNotFoundNotListedAndCannotBeChangedOrUsed() throws Exception {
        UUID agency = agency(kaifu);
        getJson(kaifu, API + "/agencies/" + agency).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.kindLabel").value("法定或授权执法主体"));
        getJson(jinyun, API + "/agencies/" + agency).andExpect(status().isNotFound());
        assertThat(body(getJson(jinyun, API + "/agencies?size=200"))).doesNotContain(agency.toString());
        assertThat(body(getJson(kaifu, API + "/agencies?size=200"))).contains(agency.toString());
        String change = """
                {"name":"改名","kind":"AUTHORISED","powerCategories":["PENALTY"]}""";
        perform(jinyun, put(API + "/agencies/" + agency).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isNotFound());
        postJson(jinyun, API + "/officers", officerJson(agency, "越权", "JY" + seq(), today().plusYears(1)))
                .andExpect(status().isNotFound());
        assertThat(count("enf_officer", "agency_id = ?", agency)).isZero();
        // The same name in another division is another agency, not a duplicate.
        String name = read(getJson(kaifu, API + "/agencies/" + agency), "$.name");
        postJson(jinyun, API + "/agencies", """
                {"name":"%s","kind":"AUTHORISED","powerCategories":["PENALTY"]}""".formatted(name)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.divisionCode").value(JINYUN));
        postJson(kaifu, API + "/agencies", """
                {"name":"%s","kind":"AUTHORISED","powerCategories":["PENALTY"]}""".formatted(name)).andExpect(status().isConflict());
    }

    @Test
    void anAgencyChangeWithAStaleIfMatchIsRefusedAndTheListExportsAsCsv() throws Exception {
        UUID agency = agency(kaifu);
        String change = """
                {"name":"长沙市开福区测试局%d","kind":"ENTRUSTED","entrustedBy":"开福区应急管理局","powerCategories":["PENALTY"]}""".formatted(seq());
        perform(kaifu, put(API + "/agencies/" + agency).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"").content(change))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.kind").value("ENTRUSTED"));
        perform(kaifu, put(API + "/agencies/" + agency).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"").content(change))
                .andExpect(status().isPreconditionFailed());
        String csv = perform(kaifu, get(API + "/agencies").accept("text/csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("统一社会信用代码").contains("受委托组织").contains("开福区");
    }

    @Test
    void anOfficerOfAnotherDivisionIsNotFoundNorListed() throws Exception {
        UUID officer = officer(kaifu, agency(kaifu), false);
        getJson(kaifu, API + "/officers/" + officer).andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.certificateStatus").value("VALID"));
        getJson(jinyun, API + "/officers/" + officer).andExpect(status().isNotFound());
        assertThat(body(getJson(jinyun, API + "/officers?size=200"))).doesNotContain(officer.toString());
        assertThat(body(getJson(kaifu, API + "/officers?size=200"))).contains(officer.toString());
    }

    @Test
    void aRenewedCertificateMeetsTheOldExpiryAndWatchesTheNewOneAndTheListFiltersByStatusOnTheClocksToday() throws Exception {
        UUID agency = agency(kaifu);
        String certificate = "R" + seq() + UUID.randomUUID().toString().substring(0, 6);
        // Expired a week before the test clock's today.
        String created = read(postJson(kaifu, API + "/officers", officerJson(agency, "换证员", certificate, today().minusDays(7)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.certificateStatus").value("EXPIRED")), "$.id");
        assertThat(body(getJson(kaifu, API + "/officers?certificateStatus=EXPIRED&agencyId=" + agency))).contains(created);
        assertThat(body(getJson(kaifu, API + "/officers?certificateStatus=VALID&agencyId=" + agency))).doesNotContain(created);
        LocalDate renewed = today().plusYears(3);
        perform(kaifu, put(API + "/officers/" + created).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .content(officerJson(agency, "换证员", certificate, renewed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.certificateStatus").value("VALID"))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='ENF_CERTIFICATE_EXPIRY' && @.status=='PENDING')].dueDate").value(contains(renewed.toString())))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='ENF_CERTIFICATE_EXPIRY' && @.status=='MISSED')].dueDate")
                        .value(contains(today().minusDays(7).toString())));
        assertThat(body(getJson(kaifu, API + "/officers?certificateStatus=VALID&agencyId=" + agency))).contains(created);
    }
}
