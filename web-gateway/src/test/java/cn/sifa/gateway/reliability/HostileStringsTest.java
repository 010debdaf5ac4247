package cn.sifa.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

/**
 * Issue 16: strings that are valid but hostile are stored and returned exactly. Names and texts of records in three
 * services carry markup, SQL, bidirectional overrides, 4-byte emoji (with joiners and a skin tone) and CJK characters
 * outside the Basic Multilingual Plane; the detail, the list and a search answer them unchanged, and the database
 * holds them unchanged (compared code point by code point, so no normalisation, escaping or cutting anywhere).
 * The portal's side (rendered as text) is {@code HostileStringsBrowserTest}.
 */
@SifaIntegrationTest(classes = SifaApplication.class)
public class HostileStringsTest {

    /** Markup that runs script if anything renders it as HTML. */
    public static final String SCRIPT = "<script>window.__sifaXss=1</script>";
    public static final String IMG = "<img src=x onerror=\"window.__sifaXss=1;alert(1)\">";
    public static final String SQL = "'; DROP TABLE sifa.med_case; --";
    /** RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING, RIGHT-TO-LEFT MARK, a zero-width joiner. */
    public static final String BIDI = "\u202Efdp.exe\u202C 王\u200F五\u200D";
    /** 4-byte emoji: a family joined by ZWJs, a thumb with a skin tone, a flag. */
    public static final String EMOJI = "😀👨‍👩‍👧‍👦👍🏽🇨🇳";
    /** CJK Extension B (𠀀 U+20000, 𪚥 U+2A6A5), C (𪜀 U+2A700), E (𫠠 U+2B820), G (𰀀 U+30000). */
    public static final String CJK_EXT = "𠀀𪚥𪜀𫠠𰀀";
    /** A person's name as a clerk could type it: a rare surname outside the BMP. */
    public static final String RARE_NAME = "𠀀𪚥明";

    static final List<String> ALL = List.of(SCRIPT, IMG, SQL, BIDI, EMOJI, CJK_EXT, RARE_NAME,
            "{{7*7}} ${7*7} #{7*7}", "Robert'); DROP TABLE students;--", "\\\" \\u0000 %00 %_ \\\\");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http county;

    @BeforeEach
    void token() {
        county = new Http(port).bearer(Http.accessToken(port, "kaifu-county", "kaifu-demo-secret"));
    }

    /** A 开福区 mediation case whose parties are named by the hostile strings; answers its id. */
    public static String mediationCase(Http county, List<String> names, String summary) {
        List<Map<String, Object>> parties = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parties.add(Map.of("role", i == 0 ? "APPLICANT" : "RESPONDENT", "kind", "PERSON", "name", names.get(i)));
        }
        Http.Response created = county.post("/api/mediation/v1/cases", Map.of("source", "PARTY_APPLICATION",
                "disputeType", "NEIGHBOUR", "summary", summary, "receivedOn", "2026-11-02", "parties", parties));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void mediationPartiesAndSummaryComeBackExactly() {
        String summary = String.join(" | ", ALL);
        String id = mediationCase(county, ALL, summary);

        JsonNode detail = county.get("/api/mediation/v1/cases/" + id).json();
        assertThat(detail.get("summary").asString()).isEqualTo(summary);
        List<String> names = new ArrayList<>();
        detail.get("parties").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).containsExactlyElementsOf(ALL);
        assertThat(jdbc.queryForList("select name from sifa.med_case_party where case_id = ?::uuid order by sort_order",
                String.class, id)).containsExactlyElementsOf(ALL);
        assertThat(jdbc.queryForObject("select summary from sifa.med_case where id = ?::uuid", String.class, id)).isEqualTo(summary);

        // The list and a search by each name (LIKE wildcards and quotes are searched for, not interpreted).
        for (String name : List.of(RARE_NAME, SQL, SCRIPT, "%_")) {
            Http.Response found = county.get("/api/mediation/v1/cases?size=100&q=" + q(name));
            assertThat(found.status()).as(name + ": " + found.body()).isEqualTo(200);
            List<String> ids = new ArrayList<>();
            found.json().get("content").forEach(row -> ids.add(row.get("id").asString()));
            assertThat(ids).as("search for " + name).contains(id);
            found.json().get("content").forEach(row -> {
                if (row.get("id").asString().equals(id)) {
                    List<String> listed = new ArrayList<>();
                    row.get("parties").forEach(p -> listed.add(p.get("name").asString()));
                    assertThat(listed).containsExactlyElementsOf(ALL);
                    assertThat(row.get("summary").asString()).isEqualTo(summary);
                }
            });
        }
    }

    @Test
    void aLegalAidApplicantAndItsOpponentsComeBackExactly() {
        String name = RARE_NAME + EMOJI + BIDI;            // 100 characters at most; each emoji is two UTF-16 units
        String summary = String.join(" | ", ALL);
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("name", name);
        applicant.put("idNumber", "430105198807150012");
        applicant.put("address", SCRIPT + IMG);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicant", applicant);
        body.put("category", "CIVIL");
        body.put("matter", "LABOUR_REMUNERATION");
        body.put("aidForm", "CIVIL_ADMIN_STATE_COMP_AGENCY");
        body.put("channel", "WINDOW");
        body.put("economicStatus", "VERIFICATION_EXEMPT");
        body.put("summary", summary);
        body.put("opponents", List.of(Map.of("name", SQL), Map.of("name", CJK_EXT + SCRIPT)));
        Http.Response created = county.post("/api/legal-aid/v1/applications", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode detail = county.get("/api/legal-aid/v1/applications/" + id).json();
        assertThat(detail.get("applicant").get("name").asString()).isEqualTo(name);
        assertThat(detail.get("applicant").get("address").asString()).isEqualTo(SCRIPT + IMG);
        assertThat(detail.get("summary").asString()).isEqualTo(summary);
        List<String> opponents = new ArrayList<>();
        detail.get("opponents").forEach(o -> opponents.add(o.get("name").asString()));
        assertThat(opponents).containsExactly(SQL, CJK_EXT + SCRIPT);
        Map<String, Object> row = jdbc.queryForMap(
                "select applicant_name, applicant_address, summary from sifa.la_application where id = ?::uuid", id);
        assertThat(row).containsEntry("applicant_name", name).containsEntry("applicant_address", SCRIPT + IMG)
                .containsEntry("summary", summary);

        Http.Response found = county.get("/api/legal-aid/v1/applications?size=100&q=" + q(RARE_NAME));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(id);
    }

    @Test
    void anEnforcementAgencyNameComesBackExactly() {
        String name = SCRIPT + RARE_NAME + EMOJI + BIDI;
        Http.Response created = county.post("/api/enforcement/v1/agencies", Map.of("name", name, "shortName", IMG.substring(0, 30),
                "kind", "AUTHORISED", "powerCategories", List.of("LICENSING")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode detail = county.get("/api/enforcement/v1/agencies/" + id).json();
        assertThat(detail.get("name").asString()).isEqualTo(name);
        assertThat(detail.get("shortName").asString()).isEqualTo(IMG.substring(0, 30));
        assertThat(jdbc.queryForObject("select name from sifa.enf_agency where id = ?::uuid", String.class, id)).isEqualTo(name);
        Http.Response found = county.get("/api/enforcement/v1/agencies?size=100&q=" + q(RARE_NAME));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(id);
    }
}
