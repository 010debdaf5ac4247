package cn.sifa.enforcement.leniency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.enforcement.EnforcementApiTest;

/** 免罚轻罚清单 and decisions not to punish: the date rule on the Clock's today, and another division sees nothing. */
class LeniencyApiTest extends EnforcementApiTest {

    private String item(UUID agency, String publishedOn) {
        return """
                {"agencyId":"%s","listKind":"NO_PENALTY","matter":"未公示营业执照%d","legalBasis":"行政处罚法第三十三条",
                 "conditions":"首次违法、及时改正","publishedOn":"%s"}""".formatted(agency, seq(), publishedOn);
    }

    private String decision(UUID agency, UUID item, String party, String decidedOn, String correctedOn) {
        return """
                {"agencyId":"%s","leniencyItemId":"%s","kind":"FIRST_OFFENCE","partyName":"%s","violation":"未公示营业执照",
                 "decidedOn":"%s","correctedOn":%s,"educationGiven":true,"educationMethod":"当场说服教育"}"""
                .formatted(agency, item, party, decidedOn, correctedOn == null ? "null" : "\"" + correctedOn + "\"");
    }

    @Test
    void itemsAndDecisionsOfAnotherDivisionAreNotFoundNorListedNorExported() throws Exception {
        UUID agency = agency(kaifu);
        UUID item = UUID.fromString(read(postJson(kaifu, API + "/leniency-items", item(agency, "2026-03-01"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.listKindLabel").value("免罚清单")), "$.id"));
        String party = "便利店" + seq();
        UUID decision = UUID.fromString(read(postJson(kaifu, API + "/lenient-decisions", decision(agency, item, party, "2026-11-05", "2026-11-04"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kindLabel").value("首违不罚")), "$.id"));
        getJson(kaifu, API + "/lenient-decisions/" + decision).andExpect(status().isOk()).andExpect(header().exists("ETag"));
        getJson(jinyun, API + "/leniency-items/" + item).andExpect(status().isNotFound());
        getJson(jinyun, API + "/lenient-decisions/" + decision).andExpect(status().isNotFound());
        assertThat(body(getJson(jinyun, API + "/leniency-items?size=200"))).doesNotContain(item.toString());
        assertThat(body(getJson(jinyun, API + "/lenient-decisions?size=200"))).doesNotContain(decision.toString());
        assertThat(body(getJson(kaifu, API + "/lenient-decisions?size=200&agencyId=" + agency))).contains(decision.toString());
        String jinyunCsv = perform(jinyun, get(API + "/lenient-decisions").accept("text/csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(jinyunCsv).contains("当事人").doesNotContain(party);
        String kaifuCsv = perform(kaifu, get(API + "/lenient-decisions?agencyId=" + agency).accept("text/csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kaifuCsv).contains(party).contains("首违不罚");
        // Nor may Jinyun decide under Kaifu's agency.
        postJson(jinyun, API + "/lenient-decisions", decision(agency, item, party, "2026-11-05", "2026-11-04"))
                .andExpect(status().isNotFound());
    }

    @Test
    void datesAfterTheClocksTodayAndAMissingCorrectionAreRefusedWithNothingWritten() throws Exception {
        UUID agency = agency(kaifu);
        String tomorrow = today().plusDays(1).toString();
        postJson(kaifu, API + "/leniency-items", item(agency, tomorrow)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        String party = "无改正" + seq();
        postJson(kaifu, API + "/lenient-decisions", decision(agency, null, party, today().toString(), null).replace("\"null\"", "null"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("correctedOn"));
        postJson(kaifu, API + "/lenient-decisions", decision(agency, null, party, tomorrow, today().toString()).replace("\"null\"", "null"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        assertThat(count("enf_leniency_item", "agency_id = ?", agency)).isZero();
        assertThat(count("enf_lenient_decision", "party_name = ?", party)).isZero();
    }
}
