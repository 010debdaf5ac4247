package cn.sifa.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.ValidationException;

/** The one step-date rule and its three codes, shared by mediation and enforcement. */
class StepDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    static String code(LocalDate on, LocalDate receivedOn, LocalDate previousStep) {
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.check(errors, "on", on, TODAY, receivedOn, previousStep);
        return errors.errors().stream().map(FieldErrorDetail::code).findFirst().orElse(null);
    }

    @Test
    void aStepIsNeverInTheFutureNorBeforeTheReceivedDateNorBeforeThePreviousStep() {
        assertThat(code(TODAY, TODAY.minusDays(9), TODAY.minusDays(1))).isNull();
        assertThat(code(TODAY.plusDays(1), null, null)).isEqualTo("date-in-future");
        assertThat(code(TODAY.minusDays(10), TODAY.minusDays(9), null)).isEqualTo("date-before-received");
        assertThat(code(TODAY.minusDays(2), TODAY.minusDays(9), TODAY.minusDays(1))).isEqualTo("date-before-previous-step");
    }

    @Test
    void theLabelledFormDefaultsToTodayAndNamesThePreviousStep() {
        assertThat(StepDates.of("approvedOn", null, TODAY, null, null)).isEqualTo(TODAY);
        assertThatThrownBy(() -> StepDates.of("approvedOn", TODAY.plusDays(1), TODAY, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldErrorDetail::code)
                        .containsExactly("date-in-future"));
        assertThatThrownBy(() -> StepDates.of("approvedOn", LocalDate.of(2026, 1, 1), TODAY, LocalDate.of(2026, 1, 2), "申请日期"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).extracting(FieldErrorDetail::code).containsExactly("date-before-previous-step");
                    assertThat(e.fieldErrors().get(0).message()).contains("申请日期");
                });
        ValidationException.Collector none = new ValidationException.Collector();
        StepDates.check(none, "decidedOn", null, TODAY, null, "申请日期");
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void todayIsTheDateInChina() {
        // 2026-06-10T17:00Z is already 11 June in Beijing.
        assertThat(StepDates.today(Clock.fixed(Instant.parse("2026-06-10T17:00:00Z"), java.time.ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 6, 11));
    }
}
