package cn.sifa.enforcement.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The fast date path must answer exactly as {@code LocalDate.parse} does, valid or not. */
class ActionIngestDateTest {

    @Test
    void theFastPathAgreesWithLocalDateParse() {
        for (String valid : new String[] {"2026-03-02", "2024-02-29", "0000-01-01", "9999-12-31", "+10000-01-01", "-2026-01-02"}) {
            assertThat(ActionIngest.isoDate(valid)).isEqualTo(LocalDate.parse(valid));
        }
        for (String invalid : new String[] {"2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026/01/02",
                "2026-1-02", "20260102", "２０２６-01-02", "2026-0a-02", "2026-01-02T00:00"}) {
            assertThatThrownBy(() -> LocalDate.parse(invalid)).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> ActionIngest.isoDate(invalid)).as(invalid).isInstanceOf(DateTimeException.class);
        }
    }
}
