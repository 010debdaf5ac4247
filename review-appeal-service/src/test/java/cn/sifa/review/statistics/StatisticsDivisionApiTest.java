package cn.sifa.review.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.review.ReviewAppealApiTest;

/**
 * {@code GET /statistics?divisionCode=}: a division inside the caller's scope narrows the figures to it; one outside
 * (a sibling county, another province) answers 200 with nothing counted (CONVENTIONS: statistics silently include
 * only what is in scope), never the other division's figures; a malformed code is a 400.
 */
class StatisticsDivisionApiTest extends ReviewAppealApiTest {

    private static final String QUZHOU = "330800";
    private static final String KECHENG = "330802";
    private static final String QUJIANG = "330803";
    private static final String STATS = API + "/statistics?from=2026-10-01&to=2026-10-31";

    private final SifaPrincipal city = TestCallers.client(QUZHOU, "review.read", "review.write");
    private final SifaPrincipal kecheng = TestCallers.client(KECHENG, "review.read", "review.write");

    private int received(SifaPrincipal who, String divisionCode) throws Exception {
        return read(getJson(who, STATS + (divisionCode == null ? "" : "&divisionCode=" + divisionCode)),
                "$.reconsideration.received");
    }

    private void receiveIn(String divisionCode, LocalDate on) throws Exception {
        String json = application(on, "PENALTY", "500").replaceFirst("\\{", "{\"divisionCode\":\"" + divisionCode + "\",");
        postJson(city, API + "/reconsiderations", json).andExpect(status().isCreated())
                .andExpect(jsonPath("$.divisionCode").value(divisionCode));
    }

    @Test
    void aCityNarrowsToOneCountyAndACountyNeverSeesItsSibling() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 4));
        int cityBefore = received(city, null);
        int kechengBefore = received(city, KECHENG);
        int qujiangBefore = received(city, QUJIANG);

        receiveIn(KECHENG, LocalDate.of(2026, 10, 12));
        receiveIn(QUJIANG, LocalDate.of(2026, 10, 13));
        receiveIn(QUJIANG, LocalDate.of(2026, 10, 14));

        // the city sees both counties; narrowed, one county's figures only
        assertThat(received(city, null)).isEqualTo(cityBefore + 3);
        getJson(city, STATS + "&divisionCode=" + KECHENG).andExpect(status().isOk())
                .andExpect(jsonPath("$.divisionCode").value(KECHENG))
                .andExpect(jsonPath("$.reconsideration.received").value(kechengBefore + 1));
        assertThat(received(city, QUJIANG)).isEqualTo(qujiangBefore + 2);

        // the county itself: its own figures, with or without naming itself; an ancestor gives its own subtree
        assertThat(received(kecheng, null)).isEqualTo(kechengBefore + 1);
        assertThat(received(kecheng, KECHENG)).isEqualTo(kechengBefore + 1);
        assertThat(received(kecheng, QUZHOU)).isEqualTo(kechengBefore + 1);

        // a sibling county, or a division in another province: 200 with nothing counted, no other division's data
        for (String outside : new String[] {QUJIANG, KAIFU}) {
            getJson(kecheng, STATS + "&divisionCode=" + outside).andExpect(status().isOk())
                    .andExpect(jsonPath("$.divisionCode").value(org.hamcrest.Matchers.not(outside)))
                    .andExpect(jsonPath("$.reconsideration.received").value(0))
                    .andExpect(jsonPath("$.reconsideration.byActCategory").isEmpty())
                    .andExpect(jsonPath("$.reconsideration.byRespondent").isEmpty())
                    .andExpect(jsonPath("$.litigation.newCases").value(0));
        }
        assertThat(received(kaifu, KECHENG)).isZero();
        assertThat(received(jinyun, QUZHOU)).isZero();

        // a malformed code is a 400 naming the field
        getJson(city, STATS + "&divisionCode=33x8").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
    }
}
