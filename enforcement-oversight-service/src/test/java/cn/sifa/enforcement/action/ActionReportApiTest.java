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
        String future = LocalDate.now().plusDays(5).toString();
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
