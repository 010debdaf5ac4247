package cn.sifa.review.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.review.ReviewAppealApiTest;

/** 申请人、第三人 as records: validated with the core validators, masked in lists, in full (and audited) for review staff. */
class PartiesApiTest extends ReviewAppealApiTest {

    private static final String R = API + "/reconsiderations/";

    @Test
    void partiesAreMaskedInListsAndShownInFullOnlyToReviewStaffWhoseReadIsAudited() throws Exception {
        String id = reconsideration(kaifu, LocalDate.of(2026, 11, 2), "PENALTY", "100");
        long audited = count("core_audit_event", "target_id = ? and action = 'read-full-id-number'", id);

        // The county's API client sees the detail masked, and nothing is audited.
        getJson(kaifu, R + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.applicants[0].kind").value("NATURAL_PERSON"))
                .andExpect(jsonPath("$.applicants[0].kindLabel").value("自然人"))
                .andExpect(jsonPath("$.applicants[0].name").value("张三"))
                .andExpect(jsonPath("$.applicants[0].idNumber").value("110105********002X"))
                .andExpect(jsonPath("$.applicants[0].phone").value("138****0001"))
                .andExpect(jsonPath("$.applicants[0].agent.name").value("王律师"))
                .andExpect(jsonPath("$.applicants[0].agent.phone").value("139****0002"))
                .andExpect(jsonPath("$.thirdParties[0].kind").value("LEGAL_PERSON"))
                .andExpect(jsonPath("$.thirdParties[0].creditCode").value("91430105562459083D"));
        assertThat(count("core_audit_event", "target_id = ? and action = 'read-full-id-number'", id)).isEqualTo(audited);

        // Review staff of the county see them in full; the read is in the audit log.
        getJson(kaifuStaff, R + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.applicants[0].idNumber").value("11010519491231002X"))
                .andExpect(jsonPath("$.applicants[0].phone").value("13800000001"))
                .andExpect(jsonPath("$.applicants[0].address").value("长沙市开福区芙蓉中路一段1号"))
                .andExpect(jsonPath("$.applicants[0].agent.phone").value("13900000002"));
        assertThat(count("core_audit_event", "target_id = ? and action = 'read-full-id-number' and division_code = ?", id, KAIFU))
                .isEqualTo(audited + 1);

        // Lists mask them even for staff, and carry no address.
        getJson(kaifuStaff, API + "/reconsiderations?size=200&q=张三").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].applicants[0].idNumber").value(hasItem("110105********002X")))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].applicants[0].phone").value(hasItem("138****0001")))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].applicants[0].address").value(hasItem((Object) null)));

        // Another county's staff: not found, not listed, nothing read in full.
        getJson(jinyunStaff, R + id).andExpect(status().isNotFound());
        getJson(jinyunStaff, API + "/reconsiderations?size=200").andExpect(jsonPath("$.content[*].id", not(hasItem(id))));
        assertThat(count("core_audit_event", "target_id = ? and action = 'read-full-id-number'", id)).isEqualTo(audited + 1);
    }

    @Test
    void badPartiesAre400AndWriteNothing() throws Exception {
        long before = count("rv_reconsideration", "true");
        long parties = count("rv_party", "true");
        String good = application(LocalDate.of(2026, 11, 2), "PENALTY", "100");
        // a wrong check digit; a credit code for a natural person; an ID number for a company; no kind
        postJson(kaifu, API + "/reconsiderations", good.replace("11010519491231002X", "110105194912310021"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("applicants[0].idNumber")));
        postJson(kaifu, API + "/reconsiderations", good.replace("\"idNumber\":\"11010519491231002X\"",
                "\"creditCode\":\"91430105562459083D\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicants[0].creditCode"))
                .andExpect(jsonPath("$.errors[0].code").value("not-applicable"));
        postJson(kaifu, API + "/reconsiderations", good.replace("\"creditCode\":\"91430105562459083D\"}]",
                "\"idNumber\":\"11010519491231002X\"}]")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("thirdParties[0].idNumber"));
        postJson(kaifu, API + "/reconsiderations", good.replace("\"kind\":\"NATURAL_PERSON\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("applicants[0].kind")));
        postJson(kaifu, API + "/reconsiderations", good.replace("\"kind\":\"NATURAL_PERSON\"", "\"kind\":\"ALIEN\""))
                .andExpect(status().isBadRequest());
        postJson(kaifu, API + "/reconsiderations", good.replace("\"name\":\"王律师\"", "\"name\":\"王律师\",\"fee\":1"))
                .andExpect(status().isBadRequest());
        assertThat(count("rv_reconsideration", "true")).isEqualTo(before);
        assertThat(count("rv_party", "true")).isEqualTo(parties);
    }

    @Test
    void plainNamesOfTheEarlierShapeAreStillAcceptedAsNaturalPersons() throws Exception {
        String legacy = application(LocalDate.of(2026, 11, 2), "PENALTY", "100")
                .replaceFirst("\"applicants\":\\[\\{[^\\]]*\\}\\]", "\"applicants\":[\"赵六\",\"钱七\"]")
                .replaceFirst("\"thirdParties\":\\[\\{[^\\]]*\\}\\]", "\"thirdParties\":[\"孙八\"]");
        String id = read(postJson(kaifu, API + "/reconsiderations", legacy).andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicants.length()").value(2))
                .andExpect(jsonPath("$.applicants[1].name").value("钱七"))
                .andExpect(jsonPath("$.applicants[1].kind").value("NATURAL_PERSON"))
                .andExpect(jsonPath("$.thirdParties[0].name").value("孙八")), "$.id");
        assertThat(count("rv_party", "reconsideration_id = ?::uuid", id)).isEqualTo(3);
        getJson(kaifu, API + "/reconsiderations?q=钱七&size=200").andExpect(jsonPath("$.content[*].id", hasItem(id)));
    }
}
