package cn.sifa.enforcement.officer;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.enforcement.EnforcementApiTest;

/** A certificate's expiry is the date itself: never rolled over to the first working day after a holiday. */
class CertificateExpiryApiTest extends EnforcementApiTest {

    @Test
    void aCertificateValidUntilTheThirdOfOctoberFallsDueOnThatDayNotAfterTheHoliday() throws Exception {
        UUID agency = agency(kaifu);
        // 国庆 2026 runs 1–7 Oct: the old rule moved this to Thu 8 Oct.
        UUID officer = officer(kaifu, agency, false, LocalDate.parse("2026-10-03"));
        getJson(kaifu, API + "/officers/" + officer)
                .andExpect(jsonPath("$.deadlines[?(@.kind=='ENF_CERTIFICATE_EXPIRY')].dueDate").value(contains("2026-10-03")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='ENF_CERTIFICATE_EXPIRY')].provisional").value(contains(false)));
        // In 2027, not yet published, the expiry is final all the same.
        UUID later = officer(kaifu, agency, false, LocalDate.parse("2027-10-01"));
        getJson(kaifu, API + "/officers/" + later)
                .andExpect(jsonPath("$.deadlines[?(@.kind=='ENF_CERTIFICATE_EXPIRY')].dueDate").value(contains("2027-10-01")))
                .andExpect(jsonPath("$.deadlines[?(@.kind=='ENF_CERTIFICATE_EXPIRY')].provisional").value(contains(false)));
    }
}
