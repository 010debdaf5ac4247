package cn.sifa.enforcement.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.sifa.enforcement.EnforcementApiTest;

class NormativeDocumentApiTest extends EnforcementApiTest {

    private static final String DOCS = API + "/normative-documents";

    private UUID file(String no, String publishedOn, String filedOn) throws Exception {
        String json = """
                {"title":"城区占道经营管理办法","documentNo":"%s","issuingBody":"长沙市开福区人民政府","publishedOn":"%s","filedOn":"%s"}"""
                .formatted(no, publishedOn, filedOn);
        return UUID.fromString(read(postJson(kaifu, DOCS, json).andExpect(status().isCreated())
                .andExpect(header().exists("Location")).andExpect(header().exists("ETag")), "$.id"));
    }

    private static String no() {
        return "开政发〔2026〕" + seq() + "号";
    }

    @Test
    void theFilingPeriodEndingInTheNationalDayHolidayRunsToTheNextWorkingDayAndTheReviewPeriodStarts() throws Exception {
        // Published Wednesday 2026-09-02: 30 days end on 2 October, a holiday, so the period runs to Thursday 8 October.
        UUID onTime = file(no(), "2026-09-02", "2026-10-08");
        getJson(kaifu, DOCS + "/" + onTime).andExpect(jsonPath("$.status").value("FILED"))
                .andExpect(jsonPath("$.filedLate").value(false))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_NORMATIVE_FILING')].dueDate").value("2026-10-08"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_NORMATIVE_FILING')].status").value("MET"))
                // The review period: 30 days from 8 October end on Saturday 7 November, so on Monday 9 November.
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_NORMATIVE_REVIEW')].dueDate").value("2026-11-09"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-11-09"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.allowedActions[0]").value("review"))
                .andExpect(jsonPath("$.history[0].action").value("file"))
                .andExpect(jsonPath("$.workflow.allowedActions[0]").value("review"));
        UUID late = file(no(), "2026-09-02", "2026-10-09");
        getJson(kaifu, DOCS + "/" + late).andExpect(jsonPath("$.filedLate").value(true))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_NORMATIVE_FILING')].status").value("MISSED"))
                .andExpect(jsonPath("$.history[0].comment").value("逾期备案(应于 2026-10-08 前备案)"));
        getJson(kaifu, DOCS + "?filedLate=true&q=" + getJsonField(late, "documentNo")).andExpect(jsonPath("$.page.totalElements").value(1));
    }

    private String getJsonField(UUID id, String field) throws Exception {
        return read(getJson(kaifu, DOCS + "/" + id), "$." + field);
    }

    @Test
    void theListRowShowsTheSameStatusDueDateAndOverdueFlagAsTheDocument() throws Exception {
        String no = no();
        UUID id = file(no, "2026-09-02", "2026-10-08");
        getJson(kaifu, DOCS + "?q=" + no).andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id.toString()))
                .andExpect(jsonPath("$.content[0].status").value("FILED"))
                .andExpect(jsonPath("$.content[0].nextDueOn").value("2026-11-09"))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.content[0].allowedActions[0]").value("review"));
        getJson(kaifu, DOCS + "?overdue=true&q=" + no).andExpect(jsonPath("$.page.totalElements").value(1));
        postJson(kaifu, DOCS + "/" + id + "/review", "{\"correctionRequired\":false,\"opinion\":\"未发现问题\",\"reviewedOn\":\"2026-11-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NO_ISSUE"));
        getJson(kaifu, DOCS + "?q=" + no).andExpect(jsonPath("$.content[0].status").value("NO_ISSUE"))
                .andExpect(jsonPath("$.content[0].nextDueOn").doesNotExist())
                .andExpect(jsonPath("$.content[0].overdue").value(false));
        getJson(kaifu, DOCS + "?overdue=true&q=" + no).andExpect(jsonPath("$.page.totalElements").value(0));
    }

    @Test
    void aDocumentToCorrectOpensTheCorrectionPeriodWhichTheReportMeets() throws Exception {
        UUID id = file(no(), "2026-11-05", "2026-11-10");
        postJson(kaifu, DOCS + "/" + id + "/review", "{\"correctionRequired\":true,\"opinion\":\"第八条超出上位法\",\"reviewedOn\":\"2026-11-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CORRECTION_REQUIRED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_NORMATIVE_REVIEW')].status").value("MET"))
                // 30 days from Friday 20 November end on Sunday 20 December: Monday 21 December.
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_NORMATIVE_CORRECTION')].dueDate").value("2026-12-21"))
                .andExpect(jsonPath("$.nextDueOn").value("2026-12-21")).andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.allowedActions[0]").value("report-correction"));
        postJson(kaifu, DOCS + "/" + id + "/report-correction", "{\"note\":\"已删除第八条\",\"correctedOn\":\"2026-12-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CORRECTED_REPORTED"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'ENF_NORMATIVE_CORRECTION')].status").value("MET"))
                .andExpect(jsonPath("$.history.length()").value(3)).andExpect(jsonPath("$.allowedActions.length()").value(0));
    }

    @Test
    void anIllegalStepAnswers409AndADuplicateDocumentNumberToo() throws Exception {
        String no = no();
        UUID id = file(no, "2026-11-05", "2026-11-10");
        postJson(kaifu, DOCS + "/" + id + "/report-correction", "{\"note\":\"x\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("FILED")).andExpect(jsonPath("$.allowedActions[0]").value("review"));
        postJson(kaifu, DOCS, """
                {"title":"t","documentNo":"%s","issuingBody":"x","publishedOn":"2026-11-05"}""".formatted(no))
                .andExpect(status().isConflict());
        assertThat(count("core_transition", "record_id = ?", id)).isEqualTo(1);
    }

    @Test
    void badDatesAnswer400AndWriteNothing() throws Exception {
        String no = no();
        postJson(kaifu, DOCS, """
                {"title":"t","documentNo":"%s","issuingBody":"x","publishedOn":"2026-11-05","filedOn":"2026-11-01"}""".formatted(no))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-before-previous-step"));
        postJson(kaifu, DOCS, """
                {"title":"t","documentNo":"%s","issuingBody":"x","publishedOn":"2099-01-01"}""".formatted(no))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        assertThat(count("enf_normative_document", "document_no = ?", no)).isZero();
    }

    @Test
    void aStaleIfMatchAnswers412AndChangesNothing() throws Exception {
        UUID id = file(no(), "2026-11-05", "2026-11-10");
        String etag = getJson(kaifu, DOCS + "/" + id).andReturn().getResponse().getHeader("ETag");
        postJson(kaifu, DOCS + "/" + id + "/review", "{\"correctionRequired\":true,\"opinion\":\"需纠正\"}").andExpect(status().isOk());
        as(kaifu, post(DOCS + "/" + id + "/report-correction").header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已纠正\"}"))
                .andExpect(status().isPreconditionFailed());
        getJson(kaifu, DOCS + "/" + id).andExpect(jsonPath("$.status").value("CORRECTION_REQUIRED"));
        String current = getJson(kaifu, DOCS + "/" + id).andReturn().getResponse().getHeader("ETag");
        as(kaifu, post(DOCS + "/" + id + "/report-correction").header("If-Match", current)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已纠正\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CORRECTED_REPORTED"));
    }

    @Test
    void anotherCountyGets404AndDoesNotSeeTheDocumentInItsList() throws Exception {
        String no = no();
        UUID id = file(no, "2026-11-05", "2026-11-10");
        getJson(jinyun, DOCS + "/" + id).andExpect(status().isNotFound());
        postJson(jinyun, DOCS + "/" + id + "/review", "{\"correctionRequired\":false,\"opinion\":\"x\"}").andExpect(status().isNotFound());
        getJson(jinyun, DOCS + "?q=" + no).andExpect(jsonPath("$.page.totalElements").value(0));
        getJson(kaifu, DOCS + "?q=" + no).andExpect(jsonPath("$.page.totalElements").value(1));
        getJson(kaifu, DOCS + "/" + id).andExpect(jsonPath("$.status").value("FILED"));
    }
}
