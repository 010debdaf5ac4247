package cn.sifa.enforcement.threesystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sifa.enforcement.EnforcementApiTest;

/**
 * The rates count in SQL ({@link ThreeSystem#counted}, {@link ThreeSystem#complying}) and the offender list filters
 * through a JPA specification ({@link ThreeSystem#offending}): for every system, the offenders listed are exactly the
 * counted actions that do not comply, over every branch of the rules.
 */
class ThreeSystemsOffencesApiTest extends EnforcementApiTest {

    private static String action(String ref, String type, String decidedOn, String extra) {
        return """
                {"externalRef":"%s","actType":"%s","decidedOn":"%s","partyName":"三项制度测试","major":false,
                 "recordedAudioVisual":true%s}""".formatted(ref, type, decidedOn, extra == null ? "" : "," + extra);
    }

    @Test
    void theOffendersListedAreTheCountedActionsThatDoNotComply() throws Exception {
        UUID agency = agency(kaifu);
        String today = today().toString();
        List<String> records = List.of(
                // publication: on time, late, never and past due, never and not yet due (not counted)
                action("O-1", "LICENSING", "2026-09-24", "\"publicizedOn\":\"2026-10-12\""),
                action("O-2", "LICENSING", "2026-09-24", "\"publicizedOn\":\"2026-10-13\""),
                action("O-3", "OTHER", "2026-09-24", null),
                action("O-4", "OTHER", today, null),
                // legal review of major decisions: before, on the day, after, never; a minor one is not counted
                action("O-5", "PENALTY", "2026-09-24", "\"penaltyKinds\":[\"WARNING\"],\"major\":true,\"legalReviewedOn\":\"2026-09-23\",\"publicizedOn\":\"2026-09-25\""),
                action("O-6", "LICENSING", "2026-09-24", "\"major\":true,\"legalReviewedOn\":\"2026-09-24\",\"publicizedOn\":\"2026-09-25\""),
                action("O-7", "LICENSING", "2026-09-24", "\"major\":true,\"legalReviewedOn\":\"2026-09-25\",\"publicizedOn\":\"2026-09-25\""),
                action("O-8", "LICENSING", "2026-09-24", "\"major\":true,\"publicizedOn\":\"2026-09-25\""),
                // recording: on-site and recorded, on-site and not recorded (coercion, inspection), not on-site and not recorded
                action("O-9", "COERCION", "2026-09-24", "\"recordedAudioVisual\":false,\"publicizedOn\":\"2026-09-25\""),
                action("O-10", "INSPECTION", "2026-09-24", "\"recordedAudioVisual\":false,\"publicizedOn\":\"2026-09-25\""),
                action("O-11", "FEE", "2026-09-24", "\"recordedAudioVisual\":false,\"publicizedOn\":\"2026-09-25\""));
        postJson(kaifu, API + "/action-reports", "{\"agencyId\":\"" + agency + "\",\"actions\":[" + String.join(",", records) + "]}")
                .andExpect(status().isOk());
        String q = "?agencyId=" + agency + "&from=2026-01-01&to=" + today;
        String rates = body(getJson(kaifu, API + "/three-systems" + q).andExpect(status().isOk()));
        for (ThreeSystem system : ThreeSystem.values()) {
            String key = switch (system) {
                case PUBLICATION -> "publication";
                case LEGAL_REVIEW -> "legalReview";
                case RECORDING -> "recording";
            };
            long denominator = ((Number) com.jayway.jsonpath.JsonPath.read(rates, "$." + key + ".denominator")).longValue();
            long numerator = ((Number) com.jayway.jsonpath.JsonPath.read(rates, "$." + key + ".numerator")).longValue();
            List<String> offenders = com.jayway.jsonpath.JsonPath.read(
                    body(getJson(kaifu, API + "/three-systems/offences" + q + "&size=200&system=" + system)), "$.content[*].externalRef");
            assertThat(offenders).as(system.name()).hasSize((int) (denominator - numerator));
            List<String> expected = switch (system) {
                case PUBLICATION -> List.of("O-2", "O-3");
                case LEGAL_REVIEW -> List.of("O-7", "O-8");
                case RECORDING -> List.of("O-9", "O-10");
            };
            assertThat(offenders).as(system.name()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
