package cn.sifa.enforcement.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.enforcement.EnforcementApiTest;

/** The action list, its export and the detail on the core mechanisms: filters, the caller's division only, ETag. */
class ActionListApiTest extends EnforcementApiTest {

    private static final String FURONG = "430102";

    @Autowired
    Listing listing;

    private final SifaPrincipal furong = TestCallers.client(FURONG, "enforcement.read", "enforcement.write");
    private final SifaPrincipal changsha = TestCallers.client("430100", "enforcement.read");

    private String tag() {
        return "F" + seq() + UUID.randomUUID().toString().substring(0, 4);
    }

    private void report(SifaPrincipal who, UUID agency, String... records) throws Exception {
        postJson(who, API + "/action-reports", ActionReportApiTest.batch(agency, List.of(records)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rejected").value(0));
    }

    private static String action(String ref, String type, String decidedOn, String party, String extra) {
        return ActionReportApiTest.record(ref, type, decidedOn, extra).replace("长沙某某餐饮有限公司", party);
    }

    @Test
    void everyFilterNarrowsTheListAndTheSortIsTheCallers() throws Exception {
        String t = tag();
        UUID agency = agency(kaifu);
        UUID other = agency(kaifu);
        report(kaifu, agency,
                action(t + "-1", "LICENSING", "2026-02-02", t + "甲公司", "\"major\":true,\"legalReviewedOn\":\"2026-02-01\""),
                action(t + "-2", "PENALTY", "2026-03-03", t + "乙公司", "\"penaltyKinds\":[\"FINE\"],\"amount\":800"),
                action(t + "-3", "OTHER", "2026-04-04", t + "丙个体户", null));
        report(kaifu, other, action(t + "-4", "OTHER", "2026-04-05", t + "丁公司", null));

        String list = API + "/actions?q=" + t;
        getJson(kaifu, list).andExpect(jsonPath("$.page.totalElements").value(4))
                // newest decision first by default
                .andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-4", t + "-3", t + "-2", t + "-1")))
                .andExpect(jsonPath("$.content[3].agencyId").value(agency.toString()))
                .andExpect(jsonPath("$.content[3].actTypeLabel").value("行政许可"))
                .andExpect(jsonPath("$.content[2].penaltyKinds[0]").value("FINE"));
        getJson(kaifu, list + "&agencyId=" + other).andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-4")));
        getJson(kaifu, list + "&actType=PENALTY").andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-2")));
        getJson(kaifu, list + "&major=true").andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-1")));
        getJson(kaifu, list + "&from=2026-03-01&to=2026-04-04").andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-3", t + "-2")));
        getJson(kaifu, API + "/actions?externalRef=" + t + "-3").andExpect(jsonPath("$.content[*].partyName").value(contains(t + "丙个体户")));
        getJson(kaifu, API + "/actions?q=" + t + "乙").andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-2")));
        getJson(kaifu, list + "&divisionCode=" + KAIFU).andExpect(jsonPath("$.page.totalElements").value(4));
        getJson(kaifu, list + "&sort=externalRef,asc").andExpect(jsonPath("$.content[0].externalRef").value(t + "-1"));
        getJson(kaifu, list + "&sort=decidedOn,asc&size=2&page=1")
                .andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-3", t + "-4")))
                .andExpect(jsonPath("$.page.totalElements").value(4)).andExpect(header().doesNotExist(ListPage.TOTAL_LOWER_BOUND));

        getJson(kaifu, list + "&sort=partyName,asc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown-sort-field"));
        getJson(kaifu, list + "&from=2026-05-01&to=2026-04-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("date-order"));
    }

    @Test
    void pastTheCountCapTheTotalIsALowerBound() throws Exception {
        String t = tag();
        UUID agency = agency(kaifu);
        report(kaifu, agency, action(t + "-1", "OTHER", "2026-02-02", t, null), action(t + "-2", "OTHER", "2026-02-03", t, null),
                action(t + "-3", "OTHER", "2026-02-04", t, null), action(t + "-4", "OTHER", "2026-02-05", t, null));
        ReflectionTestUtils.setField(listing, "countCap", 2);
        try {
            getJson(kaifu, API + "/actions?agencyId=" + agency + "&size=1")
                    .andExpect(header().string(ListPage.TOTAL_LOWER_BOUND, "true"))
                    .andExpect(jsonPath("$.page.totalElements").value(2));
        } finally {
            ReflectionTestUtils.setField(listing, "countCap", Listing.COUNT_CAP);
        }
        getJson(kaifu, API + "/actions?agencyId=" + agency + "&size=1").andExpect(header().doesNotExist(ListPage.TOTAL_LOWER_BOUND))
                .andExpect(jsonPath("$.page.totalElements").value(4));
    }

    @Test
    void anotherDivisionsActionsAreAbsentFromTheListTheExportTheDetailTheOffencesAndTheStatistics() throws Exception {
        String t = tag();
        UUID kaifuAgency = agency(kaifu);
        UUID furongAgency = agency(furong);
        report(kaifu, kaifuAgency, action(t + "-K", "INSPECTION", "2026-06-01", t + "开福", "\"recordedAudioVisual\":false"));
        report(furong, furongAgency, action(t + "-F", "INSPECTION", "2026-06-01", t + "芙蓉", "\"recordedAudioVisual\":false"));
        UUID furongAction = UUID.fromString(read(getJson(furong, API + "/actions?q=" + t), "$.content[0].id"));

        getJson(kaifu, API + "/actions?q=" + t).andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-K")));
        getJson(kaifu, API + "/actions?q=" + t + "&divisionCode=" + FURONG).andExpect(jsonPath("$.content", hasSize(0)));
        getJson(kaifu, API + "/actions?externalRef=" + t + "-F").andExpect(jsonPath("$.content", hasSize(0)));
        getJson(kaifu, API + "/actions/" + furongAction).andExpect(status().isNotFound());
        String csv = as(kaifu, get(API + "/actions?q=" + t).accept("text/csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(t + "-K").doesNotContain(t + "-F");
        getJson(kaifu, API + "/three-systems/offences?system=RECORDING&from=2026-06-01&to=2026-06-01&size=200")
                .andExpect(jsonPath("$.content[*].externalRef").value(hasItem(t + "-K")))
                .andExpect(jsonPath("$.content[*].externalRef").value(not(hasItem(t + "-F"))));
        getJson(kaifu, API + "/statistics?from=2026-01-01&to=2026-12-31")
                .andExpect(jsonPath("$.actions.byAgency[*].agencyId").value(hasItem(kaifuAgency.toString())))
                .andExpect(jsonPath("$.actions.byAgency[*].agencyId").value(not(hasItem(furongAgency.toString()))));
        getJson(kaifu, API + "/three-systems?from=2026-01-01&to=2026-12-31")
                .andExpect(jsonPath("$.agencies[*].agencyId").value(not(hasItem(furongAgency.toString()))));
        // The city sees both counties and narrows to either.
        getJson(changsha, API + "/actions?q=" + t + "&sort=externalRef,asc")
                .andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-F", t + "-K")));
        getJson(changsha, API + "/actions?q=" + t + "&divisionCode=" + FURONG).andExpect(jsonPath("$.content[*].externalRef").value(contains(t + "-F")));
        getJson(changsha, API + "/statistics?divisionCode=" + FURONG + "&from=2026-01-01&to=2026-12-31")
                .andExpect(jsonPath("$.actions.byAgency[*].agencyId").value(hasItem(furongAgency.toString())))
                .andExpect(jsonPath("$.actions.byAgency[*].agencyId").value(not(hasItem(kaifuAgency.toString()))));
    }

    @Test
    void theExportStreamsEveryFilteredRowAsCsvAndAsXlsx() throws Exception {
        String t = tag();
        UUID agency = agency(kaifu);
        // more rows than one export chunk (Listing.EXPORT_CHUNK), so that the export crosses a cleared persistence context
        List<String> records = new ArrayList<>();
        for (int i = 0; i < Listing.EXPORT_CHUNK + 20; i++) {
            records.add(action(t + "-" + String.format("%04d", i), i % 2 == 0 ? "PENALTY" : "OTHER", "2026-07-01", t + "当事人",
                    i % 2 == 0 ? "\"penaltyKinds\":[\"WARNING\",\"FINE\"],\"amount\":100" : null));
        }
        report(kaifu, agency, records.toArray(String[]::new));

        String csv = as(kaifu, get(API + "/actions?agencyId=" + agency).accept("text/csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(Listing.EXPORT_CHUNK + 21);
        assertThat(lines.get(0)).contains("记录编号").contains("应公示截止日");
        assertThat(csv).contains(t + "-0000").contains(t + "-0519").contains("警告、罚款");

        byte[] xlsx = as(kaifu, get(API + "/actions?agencyId=" + agency + "&actType=PENALTY").accept(cn.sifa.core.export.ExportFormat.XLSX_TYPE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(1 + (Listing.EXPORT_CHUNK + 20) / 2);
            assertThat(all.get(0).getCellText(0)).isEqualTo("记录编号");
            assertThat(all.get(1).getCellText(3)).isEqualTo("行政处罚");
        }
    }

    @Test
    void theDetailCarriesItsVersionAsETagAndAnswers304WhileUnchanged() throws Exception {
        String t = tag();
        UUID agency = agency(kaifu);
        report(kaifu, agency, action(t + "-1", "LICENSING", "2026-09-24", t, null));
        String id = read(getJson(kaifu, API + "/actions?agencyId=" + agency), "$.content[0].id");
        getJson(kaifu, API + "/actions/" + id).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.externalRef").value(t + "-1"))
                .andExpect(jsonPath("$.publicationDueOn").value("2026-10-12"))
                .andExpect(jsonPath("$.publishedOnTime").value(false))
                .andExpect(jsonPath("$.version").value(0));
        as(kaifu, get(API + "/actions/" + id).header("If-None-Match", "\"0\"")).andExpect(status().isNotModified());

        // A resend changes the record: the old ETag no longer matches.
        report(kaifu, agency, action(t + "-1", "LICENSING", "2026-09-24", t, "\"publicizedOn\":\"2026-09-30\""));
        as(kaifu, get(API + "/actions/" + id).header("If-None-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.publishedOnTime").value(true));
        getJson(jinyun, API + "/actions/" + id).andExpect(status().isNotFound());
    }
}
