package cn.sifa.enforcement.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import cn.sifa.enforcement.EnforcementApiTest;

class ActionReportApiTest extends EnforcementApiTest {

    static String record(String ref, String type, String decidedOn, String extra) {
        return """
                {"externalRef":"%s","actType":"%s","decidedOn":"%s","partyName":"长沙某某餐饮有限公司","major":false,
                 "recordedAudioVisual":true%s}""".formatted(ref, type, decidedOn, extra == null ? "" : "," + extra);
    }

    static String batch(UUID agency, List<String> records) {
        return "{\"agencyId\":\"" + agency + "\",\"actions\":[" + String.join(",", records) + "]}";
    }

    @Test
    void goodRecordsAreStoredAndEachBadOneIsRejectedWithItsIndexAndFields() throws Exception {
        UUID agency = agency(kaifu);
        String future = today().plusDays(5).toString();
        List<String> records = List.of(
                record("R-1", "LICENSING", "2026-03-02", "\"publicizedOn\":\"2026-03-05\""),
                record("R-2", "SEIZURE", "2026-03-02", null),
                record("R-3", "PENALTY", "2026-03-03", "\"penaltyKinds\":[\"FINE\"],\"amount\":500,\"partyCreditCode\":\"" + creditCode(1) + "\""),
                record("R-4", "PENALTY", future, "\"penaltyKinds\":[\"FINE\"],\"partyCreditCode\":\"91350100M000100Y44\""),
                record("R-5", "INSPECTION", "2026-04-01", null));
        postJson(kaifu, API + "/action-reports", batch(agency, records))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("actType"))
                .andExpect(jsonPath("$.errors[0].code").value("invalid-code"))
                .andExpect(jsonPath("$.errors[?(@.index == 3)].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "decidedOn", "partyCreditCode", "amount")));
        assertThat(jdbc.queryForList("select external_ref from enf_action where agency_id = ? order by external_ref", String.class, agency))
                .containsExactly("R-1", "R-3", "R-5");
    }

    @Test
    void aResendUpdatesTheRecordsAndNeverDuplicatesThem() throws Exception {
        UUID agency = agency(kaifu);
        List<String> first = List.of(record("A-1", "LICENSING", "2026-05-06", null), record("A-2", "OTHER", "2026-05-07", null));
        postJson(kaifu, API + "/action-reports", batch(agency, first)).andExpect(jsonPath("$.accepted").value(2));
        List<String> again = List.of(record("A-1", "LICENSING", "2026-05-06", "\"publicizedOn\":\"2026-05-08\""),
                record("A-2", "OTHER", "2026-05-07", null), record("A-3", "CONFIRMATION", "2026-05-08", null));
        postJson(kaifu, API + "/action-reports", batch(agency, again))
                .andExpect(jsonPath("$.accepted").value(1)).andExpect(jsonPath("$.updated").value(2)).andExpect(jsonPath("$.rejected").value(0));
        assertThat(count("enf_action", "agency_id = ?", agency)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select publicized_on from enf_action where agency_id = ? and external_ref = 'A-1'", LocalDate.class, agency))
                .isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(jdbc.queryForObject("select version from enf_action where agency_id = ? and external_ref = 'A-2'", Long.class, agency))
                .isEqualTo(1L);
    }

    @Test
    void aResendReplacesEveryFieldOfTheStoredRecordAndKeepsItsIdentity() throws Exception {
        UUID agency = agency(kaifu);
        postJson(kaifu, API + "/action-reports", batch(agency, List.of(
                record("U-1", "PENALTY", "2026-03-02", "\"penaltyKinds\":[\"WARNING\"],\"partyCreditCode\":\"" + creditCode(2) + "\""))))
                .andExpect(jsonPath("$.accepted").value(1));
        var before = jdbc.queryForMap("select id, created_at, publication_due_on from enf_action where agency_id = ? and external_ref = 'U-1'", agency);
        // Resent as a licensing decision with a later date: kinds, amount and credit code cleared, due date recomputed.
        postJson(kaifu, API + "/action-reports", batch(agency, List.of(
                record("U-1", "LICENSING", "2026-09-24", "\"publicizedOn\":\"2026-09-25\",\"legalReviewedOn\":\"2026-09-20\""))))
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.rejected").value(0));
        var after = jdbc.queryForMap("""
                select id, created_at, version, act_type, decided_on, cardinality(penalty_kinds) kinds, amount, party_credit_code,
                       legal_reviewed_on, publicized_on, publication_due_on from enf_action where agency_id = ? and external_ref = 'U-1'""", agency);
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("created_at")).isEqualTo(before.get("created_at"));
        assertThat(after.get("version")).isEqualTo(1L);
        assertThat(after.get("act_type")).isEqualTo("LICENSING");
        assertThat(after.get("decided_on").toString()).isEqualTo("2026-09-24");
        assertThat(after.get("kinds")).isEqualTo(0);
        assertThat(after.get("amount")).isNull();
        assertThat(after.get("party_credit_code")).isNull();
        assertThat(after.get("legal_reviewed_on").toString()).isEqualTo("2026-09-20");
        assertThat(after.get("publicized_on").toString()).isEqualTo("2026-09-25");
        assertThat(after.get("publication_due_on").toString()).isEqualTo("2026-10-12");
        assertThat(count("enf_action", "agency_id = ?", agency)).isEqualTo(1);
    }

    @Test
    void aMixedBatchInsertsTheNewUpdatesTheKnownAndLeavesTheRejectedUntouched() throws Exception {
        UUID agency = agency(kaifu);
        postJson(kaifu, API + "/action-reports", batch(agency, List.of(record("M-1", "OTHER", "2026-04-01", null),
                record("M-2", "OTHER", "2026-04-01", null)))).andExpect(jsonPath("$.accepted").value(2));
        String future = today().plusDays(3).toString();
        List<String> records = List.of(
                record("M-1", "INSPECTION", "2026-04-02", null),                      // update
                record("M-2", "OTHER", future, null),                                 // bad: the stored M-2 stays as it was
                record("M-3", "CONFIRMATION", "2026-04-03", null),                    // new
                record("M-3", "CONFIRMATION", "2026-04-04", null),                    // duplicate in the batch
                record("M-4", "PENALTY", "2026-04-05", "\"penaltyKinds\":[\"FINE\"],\"amount\":12.5"));  // new
        postJson(kaifu, API + "/action-reports", batch(agency, records))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2)).andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].index").value(1)).andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("future-date"))
                .andExpect(jsonPath("$.errors[1].index").value(3)).andExpect(jsonPath("$.errors[1].code").value("duplicate-in-batch"));
        assertThat(jdbc.queryForList("select external_ref || ':' || act_type || ':' || decided_on || ':' || version from enf_action where agency_id = ? order by external_ref",
                String.class, agency)).containsExactly("M-1:INSPECTION:2026-04-02:1", "M-2:OTHER:2026-04-01:0",
                "M-3:CONFIRMATION:2026-04-03:0", "M-4:PENALTY:2026-04-05:0");
        assertThat(jdbc.queryForObject("select amount from enf_action where agency_id = ? and external_ref = 'M-4'", java.math.BigDecimal.class, agency))
                .isEqualByComparingTo("12.50");
    }

    @Test
    void textIsStoredVerbatimAndARecordTheDatabaseRefusesIsTheOnlyOneRejected() throws Exception {
        UUID agency = agency(kaifu);
        // Tabs, backslashes and line breaks must survive the COPY text format; a NUL character is refused by
        // PostgreSQL, which sends the batch through the row-by-row replay.
        String awkward = "某某\\t公司\\\\分部\\n二\\r部";
        List<String> records = List.of(
                record("T-1", "OTHER", "2026-05-01", null).replace("长沙某某餐饮有限公司", awkward),
                record("T-2", "OTHER", "2026-05-01", null).replace("长沙某某餐饮有限公司", "坏\\u0000名称"),
                record("T-3", "OTHER", "2026-05-01", null));
        postJson(kaifu, API + "/action-reports", batch(agency, records))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2)).andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].index").value(1)).andExpect(jsonPath("$.errors[0].code").value("rejected-by-database"));
        assertThat(jdbc.queryForObject("select party_name from enf_action where agency_id = ? and external_ref = 'T-1'", String.class, agency))
                .isEqualTo("某某\t公司\\分部\n二\r部");
        assertThat(jdbc.queryForList("select external_ref from enf_action where agency_id = ? order by external_ref", String.class, agency))
                .containsExactly("T-1", "T-3");
    }

    @Test
    void aRecordIsWrittenWholeOrNotAtAll() throws Exception {
        UUID agency = agency(kaifu);
        List<String> records = List.of(
                record("W-1", "PENALTY", "2026-06-01", "\"penaltyKinds\":[\"WARNING\",\"FINE\"],\"amount\":2000"),
                record("W-2", "PENALTY", "2026-06-01", "\"penaltyKinds\":[\"FINE\",\"FLOGGING\"],\"amount\":2000"),
                record("W-3", "LICENSING", "2026-06-01", "\"penaltyKinds\":[\"FINE\"]"));
        postJson(kaifu, API + "/action-reports", batch(agency, records))
                .andExpect(jsonPath("$.accepted").value(1)).andExpect(jsonPath("$.rejected").value(2));
        // The good record carries all its penalty kinds in its one row; the bad ones left nothing at all.
        assertThat(jdbc.queryForObject("select array_to_string(penalty_kinds, ',') from enf_action where agency_id = ? and external_ref = 'W-1'",
                String.class, agency)).isEqualTo("WARNING,FINE");
        assertThat(count("enf_action", "agency_id = ? and external_ref in ('W-2', 'W-3')", agency)).isZero();
        // And the table itself refuses a partial or inconsistent record.
        assertThatThrownBy(() -> jdbc.update("""
                insert into enf_action (id, created_at, created_by, updated_at, updated_by, division_code, agency_id, external_ref,
                  act_type, decided_on, party_name, penalty_kinds, major, recorded_audio_visual, publication_due_on)
                values (gen_random_uuid(), now(), 't', now(), 't', '430105', ?, 'W-9', 'PENALTY', date '2026-06-01', 'x',
                  '{FINE,FLOGGING}', false, true, date '2026-06-10')""", agency)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("enf_action", "agency_id = ? and external_ref = 'W-9'", agency)).isZero();
        // An action belongs to its agency's division, and to no other (one key on both columns, V6_12).
        assertThatThrownBy(() -> jdbc.update("""
                insert into enf_action (id, created_at, created_by, updated_at, updated_by, division_code, agency_id, external_ref,
                  act_type, decided_on, party_name, major, recorded_audio_visual, publication_due_on)
                values (gen_random_uuid(), now(), 't', now(), 't', '430102', ?, 'W-10', 'OTHER', date '2026-06-01', 'x',
                  false, true, date '2026-06-30')""", agency)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("enf_action", "agency_id = ? and external_ref = 'W-10'", agency)).isZero();
    }

    @Test
    void moreThanTenThousandRecordsAnswer413AndWriteNothing() throws Exception {
        UUID agency = agency(kaifu);
        List<String> records = new ArrayList<>(10_001);
        for (int i = 0; i < 10_001; i++) {
            records.add(record("B-" + i, "OTHER", "2026-02-02", null));
        }
        postJson(kaifu, API + "/action-reports", batch(agency, records))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(413));
        assertThat(count("enf_action", "agency_id = ?", agency)).isZero();
    }

    @Test
    void thePublicationDueDateCountsWorkingDaysAcrossTheNationalDayHoliday() throws Exception {
        UUID agency = agency(kaifu);
        // Thursday 2026-09-24: 中秋 25-27 Sep, 国庆 1-7 Oct, make-up Saturday 10 Oct -> 7th working day is Monday 12 Oct.
        postJson(kaifu, API + "/action-reports", batch(agency, List.of(record("H-1", "LICENSING", "2026-09-24", null),
                record("H-2", "CONFIRMATION", "2026-09-24", null)))).andExpect(jsonPath("$.accepted").value(2));
        assertThat(jdbc.queryForObject("select publication_due_on from enf_action where agency_id = ? and external_ref = 'H-1'",
                LocalDate.class, agency)).isEqualTo(LocalDate.of(2026, 10, 12));
        // 20 working days for other decisions: Sep 28-30 (3), Oct 8, 9, 10 (make-up Saturday) (6), 12-16 (11), 19-23 (16), 26-29 (20).
        LocalDate other = jdbc.queryForObject("select publication_due_on from enf_action where agency_id = ? and external_ref = 'H-2'",
                LocalDate.class, agency);
        assertThat(other).isEqualTo(LocalDate.of(2026, 10, 29));
    }

    @Test
    void anotherCountysClientCannotReportForTheAgencyNorSeeItsActions() throws Exception {
        UUID agency = agency(kaifu);
        postJson(kaifu, API + "/action-reports", batch(agency, List.of(record("S-1", "LICENSING", "2026-03-02", null))))
                .andExpect(jsonPath("$.accepted").value(1));
        postJson(jinyun, API + "/action-reports", batch(agency, List.of(record("S-2", "LICENSING", "2026-03-02", null))))
                .andExpect(status().isNotFound());
        getJson(jinyun, API + "/actions?agencyId=" + agency).andExpect(status().isOk()).andExpect(jsonPath("$.content", hasSize(0)));
        getJson(jinyun, API + "/actions?externalRef=S-1").andExpect(jsonPath("$.content", hasSize(0)));
        getJson(kaifu, API + "/actions?externalRef=S-1&agencyId=" + agency).andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].divisionCode").value(KAIFU));
        assertThat(count("enf_action", "agency_id = ?", agency)).isEqualTo(1);
    }

    @Test
    void malformedJsonAndMissingAgencyAnswer400AndWriteNothing() throws Exception {
        long before = count("enf_action", "true");
        postJson(kaifu, API + "/action-reports", "{\"agencyId\": \"x\", \"actions\": [").andExpect(status().isBadRequest());
        postJson(kaifu, API + "/action-reports", "{\"actions\": []}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyId"));
        postJson(kaifu, API + "/action-reports", "{\"agencyId\":\"" + UUID.randomUUID() + "\",\"actions\":[{\"major\":\"perhaps\"}]}")
                .andExpect(status().isBadRequest());
        assertThat(count("enf_action", "true")).isEqualTo(before);
    }

    @Test
    void aClientWithoutTheWriteScopeIsRefused() throws Exception {
        UUID agency = agency(kaifu);
        var reader = cn.sifa.core.testing.TestCallers.client(KAIFU, "enforcement.read");
        postJson(reader, API + "/action-reports", batch(agency, List.of(record("X-1", "OTHER", "2026-03-02", null))))
                .andExpect(status().isForbidden());
        assertThat(count("enf_action", "agency_id = ?", agency)).isZero();
    }
}
