package cn.sifa.legalaid.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.legalaid.LegalAidApiTest;

/**
 * 办案补贴标准 kept on screen by the province (河南 410000 here: no other test writes standards there): created, edited
 * with If-Match and retired by the province's legal-aid staff, read by its counties, invisible to another province;
 * a closed case keeps the amount it was closed with.
 */
class SubsidyStandardApiTest extends LegalAidApiTest {

    private static final String STANDARDS = API + "/subsidy-standards";
    private static final String ZHONGYUAN = "410102";

    private final SifaPrincipal henan = TestCallers.staff("410000", Role.LEGAL_AID_STAFF);
    private final SifaPrincipal zhongyuanClerk = TestCallers.staff(ZHONGYUAN, Role.LEGAL_AID_STAFF);
    private final SifaPrincipal zhongyuan = TestCallers.client(ZHONGYUAN, "legal-aid.read", "legal-aid.write");
    private final SifaPrincipal shandong = TestCallers.staff("370000", Role.LEGAL_AID_STAFF);

    @BeforeEach
    void zhongyuanBureau() {
        ensureBureau(ZHONGYUAN, "郑州市中原区司法局", "中原");
    }

    @Test
    void theProvinceSetsItsStandardAndAClosedCaseKeepsTheAmountItWasClosedWith() throws Exception {
        String id = read(create(henan, json(null, "CIVIL", "CIVIL_ADMIN_STATE_COMP_AGENCY", "2600.00", "河南省:民事诉讼代理"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/subsidy-standards/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.provinceCode").value("410000"))
                .andExpect(jsonPath("$.provinceName").value("河南省"))
                .andExpect(jsonPath("$.precedence").value("PROVINCE_CATEGORY"))
                .andExpect(jsonPath("$.appliesTo[0]").value("CIVIL"))
                .andExpect(jsonPath("$.mayEdit").value(true)), "$.id");

        // The county reads the order of precedence: its province's civil row, the platform default for the rest.
        getJson(zhongyuanClerk, STANDARDS).andExpect(status().isOk())
                .andExpect(jsonPath("$.provinceCode").value("410000"))
                .andExpect(jsonPath("$.mayCreate").value(false))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].mayEdit").value(false))
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')].appliesToLabel").value("适用于:民事"))
                .andExpect(jsonPath("$.content[?(@.id == '7a000000-0000-4000-8000-000000000002')].appliesTo[*]", hasItem("CRIMINAL")))
                .andExpect(jsonPath("$.content[?(@.id == '7a000000-0000-4000-8000-000000000002')].appliesTo[*]", not(hasItem("CIVIL"))))
                .andExpect(jsonPath("$.content[?(@.provinceCode == '430000')]").isEmpty())
                .andExpect(jsonPath("$.applicable[?(@.aidForm == 'CIVIL_ADMIN_STATE_COMP_AGENCY' && @.category == 'CIVIL')].standardId").value(id))
                .andExpect(jsonPath("$.applicable[?(@.aidForm == 'CIVIL_ADMIN_STATE_COMP_AGENCY' && @.category == 'CRIMINAL')].precedence")
                        .value("DEFAULT_ANY"));
        getJson(henan, STANDARDS).andExpect(jsonPath("$.mayCreate").value(true));

        String before = closedCivilCase();
        getJson(zhongyuan, API + "/cases/" + before).andExpect(jsonPath("$.subsidyAmount").value(2600.00));

        edit(henan, id, "\"0\"", json(null, "CIVIL", "CIVIL_ADMIN_STATE_COMP_AGENCY", "2800.50", "河南省:民事诉讼代理(2027年调整)"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.amount").value(2800.50));
        // A stale version changes nothing.
        edit(henan, id, "\"0\"", json(null, "CIVIL", "CIVIL_ADMIN_STATE_COMP_AGENCY", "9.99", "过期版本")).andExpect(status().isPreconditionFailed());
        assertThat(jdbc.queryForObject("select amount from la_subsidy_standard where id = ?::uuid", BigDecimal.class, id))
                .isEqualByComparingTo("2800.50");

        // The case closed before the edit keeps its amount and basis; one closed after it is paid the new amount.
        getJson(zhongyuan, API + "/cases/" + before).andExpect(jsonPath("$.subsidyAmount").value(2600.00))
                .andExpect(jsonPath("$.subsidyBasis").value("河南省:民事诉讼代理"));
        assertThat(jdbc.queryForObject("select subsidy_amount from la_case where id = ?::uuid", BigDecimal.class, before))
                .isEqualByComparingTo("2600.00");
        getJson(zhongyuan, API + "/cases/" + closedCivilCase()).andExpect(jsonPath("$.subsidyAmount").value(2800.50));

        // Retired: the platform default pays later closures; the row stays listed, and a new one may take its place.
        postJson(henan, STANDARDS + "/" + id + "/retire", "\"1\"", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.retiredOn").value(today().toString()))
                .andExpect(jsonPath("$.appliesTo").isEmpty())
                .andExpect(jsonPath("$.mayEdit").value(false));
        getJson(zhongyuan, API + "/cases/" + closedCivilCase()).andExpect(jsonPath("$.subsidyAmount").value(1800.00));
        getJson(zhongyuan, API + "/cases/" + before).andExpect(jsonPath("$.subsidyAmount").value(2600.00));
        edit(henan, id, "\"2\"", json(null, "CIVIL", "CIVIL_ADMIN_STATE_COMP_AGENCY", "3000", "已废止")).andExpect(status().isConflict());
        create(henan, json(null, "CIVIL", "CIVIL_ADMIN_STATE_COMP_AGENCY", "3000", "河南省:民事诉讼代理(新)")).andExpect(status().isCreated());
        getJson(zhongyuanClerk, STANDARDS).andExpect(jsonPath("$.content[-1].id").value(id))
                .andExpect(jsonPath("$.content[-1].appliesToLabel").value("已废止"));
    }

    @Test
    void badInputDuplicatesAndCountyWritersAreRefusedAndWriteNothing() throws Exception {
        String id = read(create(henan, json("410000", null, "LABOR_ARBITRATION_AGENCY", "1600", "河南省:劳动仲裁代理"))
                .andExpect(status().isCreated()), "$.id");
        long rows = count("la_subsidy_standard", "true");

        create(henan, json(null, null, "LABOR_ARBITRATION_AGENCY", "1700", "重复")).andExpect(status().isConflict());
        for (String amount : new String[] {"0", "-1", "100000.01", "12.345"}) {
            create(henan, json(null, "CIVIL", "DOCUMENT_DRAFTING", amount, "金额不对")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amount"));
        }
        create(henan, json(null, "FAMILY", "DOCUMENT_DRAFTING", "300", "无此类别")).andExpect(status().isBadRequest());
        create(henan, json(null, "CIVIL", "DOCUMENT_DRAFTING", "300", "多字段").replace("}", ",\"effectiveFrom\":\"2027-01-01\"}"))
                .andExpect(status().isBadRequest());
        create(henan, json("410100", "CIVIL", "DOCUMENT_DRAFTING", "300", "市不是省")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown-province"));
        // A county office (staff or its client) reads the standards but does not set them.
        create(zhongyuanClerk, json("410000", "CIVIL", "DOCUMENT_DRAFTING", "300", "县级")).andExpect(status().isForbidden());
        create(zhongyuan, json("410000", "CIVIL", "DOCUMENT_DRAFTING", "300", "县级")).andExpect(status().isForbidden());
        create(zhongyuanClerk, json(null, "CIVIL", "DOCUMENT_DRAFTING", "300", "县级")).andExpect(status().isForbidden());
        edit(zhongyuanClerk, id, "\"0\"", json(null, null, "LABOR_ARBITRATION_AGENCY", "9000", "县级修改")).andExpect(status().isForbidden());
        postJson(zhongyuanClerk, STANDARDS + "/" + id + "/retire", "\"0\"", "{}").andExpect(status().isForbidden());
        // The platform defaults come with the release; a province overrides them with a row of its own.
        edit(henan, "7a000000-0000-4000-8000-000000000002", "\"0\"", json(null, null, "CIVIL_ADMIN_STATE_COMP_AGENCY", "1", "改默认"))
                .andExpect(status().isForbidden());
        edit(henan, id, "\"0\"", json("370000", null, "LABOR_ARBITRATION_AGENCY", "1600", "换省")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("province-fixed"));
        postJson(henan, STANDARDS + "/" + id + "/retire", "\"0\"", "{\"retiredOn\":\"" + today().plusDays(1) + "\"}")
                .andExpect(status().isBadRequest());

        assertThat(count("la_subsidy_standard", "true")).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select amount::text || '|' || version || '|' || (retired_on is null) from la_subsidy_standard where id = ?::uuid",
                String.class, id)).isEqualTo("1600.00|0|true");
        // Editing into another row's key is a duplicate too.
        String other = read(create(henan, json(null, "CRIMINAL", "LABOR_ARBITRATION_AGENCY", "1650", "河南省:刑事附带民事仲裁"))
                .andExpect(status().isCreated()), "$.id");
        edit(henan, other, "\"0\"", json(null, null, "LABOR_ARBITRATION_AGENCY", "1650", "撞键")).andExpect(status().isConflict());
    }

    @Test
    void anotherProvinceNeitherSeesNorChangesTheRows() throws Exception {
        String id = read(create(henan, json(null, "CRIMINAL", "CRIMINAL_DEFENCE_AGENCY", "3200", "河南省:刑事辩护"))
                .andExpect(status().isCreated()), "$.id");
        getJson(shandong, STANDARDS + "/" + id).andExpect(status().isNotFound());
        getJson(kaifu, STANDARDS + "/" + id).andExpect(status().isNotFound());
        getJson(shandong, STANDARDS).andExpect(status().isOk())
                .andExpect(jsonPath("$.provinceCode").value("370000"))
                .andExpect(jsonPath("$.content[?(@.provinceCode == '410000')]").isEmpty())
                .andExpect(jsonPath("$.content[?(@.id == '7a000000-0000-4000-8000-000000000001')].appliesTo[0]").value("CRIMINAL"));
        getJson(kaifu, STANDARDS).andExpect(jsonPath("$.content[?(@.provinceCode == '410000')]").isEmpty())
                .andExpect(jsonPath("$.content[?(@.provinceCode == '430000' && @.category == 'CIVIL')].amount").value(2500.00));
        // Asking for a division outside one's scope shows one's own province only.
        getJson(shandong, STANDARDS + "?divisionCode=" + ZHONGYUAN).andExpect(jsonPath("$.content[?(@.provinceCode == '410000')]").isEmpty());
        edit(shandong, id, "\"0\"", json(null, "CRIMINAL", "CRIMINAL_DEFENCE_AGENCY", "1", "别省")).andExpect(status().isNotFound());
        postJson(shandong, STANDARDS + "/" + id + "/retire", "{}").andExpect(status().isNotFound());
        create(shandong, json("410000", "CIVIL", "OTHER", "600", "替别省设置")).andExpect(status().isForbidden());
        getJson(henan, STANDARDS + "/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(3200))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyIsAnsweredOnce() throws Exception {
        String body = json(null, "NON_LITIGATION", "OTHER", "700", "河南省:其他形式(非诉讼)");
        String first = read(perform(henan, post(STANDARDS).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "subsidy-1").content(body))
                .andExpect(status().isCreated()), "$.id");
        perform(henan, post(STANDARDS).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "subsidy-1").content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(first));
        assertThat(count("la_subsidy_standard", "province_code = '410000' and aid_form = 'OTHER'")).isEqualTo(1);
    }

    /** A civil case of 中原区 granted, assigned and closed today. @return its id */
    private String closedCivilCase() throws Exception {
        String c = grantedCase(zhongyuan, ZHONGYUAN, today().toString(), null);
        String lawyer = provider(zhongyuan, "LAWYER", null);
        postJson(zhongyuan, API + "/cases/" + c + "/assign", "{\"providerId\":\"" + lawyer + "\"}").andExpect(status().isOk());
        postJson(zhongyuan, API + "/cases/" + c + "/close", "{\"result\":\"调解结案\"}").andExpect(status().isOk());
        return c;
    }

    private ResultActions create(SifaPrincipal who, String json) throws Exception {
        return postJson(who, STANDARDS, json);
    }

    private ResultActions edit(SifaPrincipal who, String id, String etag, String json) throws Exception {
        return perform(who, put(STANDARDS + "/" + id).contentType(MediaType.APPLICATION_JSON).content(json).header("If-Match", etag));
    }

    private static String json(String province, String category, String aidForm, String amount, String label) {
        return """
                {%s"category":%s,"aidForm":"%s","amount":%s,"label":"%s"}"""
                .formatted(province == null ? "" : "\"provinceCode\":\"" + province + "\",", category == null ? "null" : "\"" + category + "\"",
                        aidForm, amount, label);
    }
}
