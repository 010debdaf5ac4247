package cn.sifa.core.deadline;

import static cn.sifa.core.deadline.DeadlineUnit.CALENDAR_DAY;
import static cn.sifa.core.deadline.DeadlineUnit.HOUR;
import static cn.sifa.core.deadline.DeadlineUnit.MONTH;
import static cn.sifa.core.deadline.DeadlineUnit.WORKING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.sifa.core.calendar.HolidayCalendar;
import cn.sifa.core.calendar.HolidayKind;
import cn.sifa.core.calendar.SeedCalendar;
import cn.sifa.core.deadline.DeadlineCalculator.DueDate;
import cn.sifa.core.workflow.DueDates;

/** The counting rules of STATUTES.md §0 on the published 2024–2026 schedule (the seed migration's data). */
class CalendarDeadlineCalculatorTest {

    private final CalendarDeadlineCalculator calc = CalendarDeadlineCalculator.over(SeedCalendar.get());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private DueDate due(String anchor, int amount, DeadlineUnit unit) {
        return calc.due(d(anchor), amount, unit);
    }

    @Nested
    class NationalDay {

        @Test
        void fiveWorkingDaysBeforeNationalDay2025CountTheMakeUpSundayAndSkipTheEightDayHoliday() {
            // Fri 26 Sep: Sat 27 rests, Sun 28 is worked (调休), 29, 30, then 1–8 Oct off, Thu 9, Fri 10.
            assertThat(due("2025-09-26", 5, WORKING_DAY)).isEqualTo(new DueDate(d("2025-10-10"), false));
        }

        @Test
        void theMakeUpSaturdayAfterNationalDay2025IsAWorkingDay() {
            // Thu 9 Oct: Fri 10, Sat 11 (调休上班), Sun 12 rests, Mon 13.
            assertThat(due("2025-10-09", 3, WORKING_DAY).date()).isEqualTo(d("2025-10-13"));
            assertThat(calc.isWorkingDay(d("2025-10-11"))).isTrue();
            assertThat(calc.isWorkingDay(d("2025-10-12"))).isFalse();
        }

        @Test
        void aCalendarPeriodEndingInsideNationalDay2025EndsOnTheFirstDayAfterIt() {
            // 20 Sep + 15 days = Sun 5 Oct, inside the holiday (1–8 Oct, 中秋 on the 6th): ends Thu 9 Oct.
            assertThat(due("2025-09-20", 15, CALENDAR_DAY)).isEqualTo(new DueDate(d("2025-10-09"), false));
        }

        @Test
        void aCalendarPeriodEndingOnTheMakeUpSaturdayEndsThatDay() {
            assertThat(due("2025-10-01", 10, CALENDAR_DAY).date()).isEqualTo(d("2025-10-11"));
        }

        @Test
        void aCalendarPeriodEndingOnNationalDay2026EndsOnTheEighth() {
            // 21 Sep 2026 + 10 = 1 Oct; 1–7 Oct off; Thu 8 Oct.
            assertThat(due("2026-09-21", 10, CALENDAR_DAY)).isEqualTo(new DueDate(d("2026-10-08"), false));
        }

        @Test
        void workingDaysAcrossNationalDay2026EndOnTheMakeUpSaturday() {
            // Mon 28 Sep: 29, 30, (1–7 off), 8, 9, Sat 10 Oct (调休上班).
            assertThat(due("2026-09-28", 5, WORKING_DAY).date()).isEqualTo(d("2026-10-10"));
        }

        @Test
        void theMakeUpSundayBeforeMidAutumn2026Counts() {
            // Fri 18 Sep: Sat 19 rests, Sun 20 worked, Mon 21, Tue 22.
            assertThat(due("2026-09-18", 3, WORKING_DAY).date()).isEqualTo(d("2026-09-22"));
        }
    }

    @Nested
    class SpringFestival {

        @Test
        void workingDaysAcrossSpringFestival2025() {
            // Fri 24 Jan: Sat 25 rests, Sun 26 worked, Mon 27, (28 Jan – 4 Feb off), Wed 5, Thu 6, Fri 7.
            assertThat(due("2025-01-24", 5, WORKING_DAY).date()).isEqualTo(d("2025-02-07"));
            // The sixth working day is the make-up Saturday 8 Feb.
            assertThat(due("2025-01-24", 6, WORKING_DAY).date()).isEqualTo(d("2025-02-08"));
        }

        @Test
        void aCalendarPeriodEndingInSpringFestival2025() {
            assertThat(due("2025-01-25", 7, CALENDAR_DAY).date()).isEqualTo(d("2025-02-05"));
        }

        @Test
        void tenWorkingDaysAcrossSpringFestival2026CountBothMakeUpSaturdays() {
            // Tue 10 Feb: 11, 12, 13, Sat 14 (调休), 15–23 off, 24, 25, 26, 27, Sat 28 (调休), Sun 1 Mar rests, Mon 2 Mar.
            assertThat(due("2026-02-10", 10, WORKING_DAY)).isEqualTo(new DueDate(d("2026-03-02"), false));
        }

        @Test
        void thirtyDaysEndingInSpringFestival2026EndOnTheTwentyFourth() {
            assertThat(due("2026-01-20", 30, CALENDAR_DAY).date()).isEqualTo(d("2026-02-24"));
        }

        @Test
        void aMonthEndingInSpringFestival2026() {
            assertThat(due("2026-01-15", 1, MONTH).date()).isEqualTo(d("2026-02-24"));
        }
    }

    @Nested
    class OrdinaryWeeks {

        @Test
        void theStartDayIsNotCounted() {
            assertThat(due("2025-11-17", 1, WORKING_DAY).date()).isEqualTo(d("2025-11-18"));
            assertThat(due("2025-11-17", 1, CALENDAR_DAY).date()).isEqualTo(d("2025-11-18"));
            assertThat(due("2025-11-21", 1, WORKING_DAY).date()).isEqualTo(d("2025-11-24"));
        }

        @Test
        void aCalendarPeriodEndingOnAPlainSaturdayEndsOnMonday() {
            assertThat(due("2025-10-23", 30, CALENDAR_DAY).date()).isEqualTo(d("2025-11-24"));
        }

        @Test
        void newYearsDay2026EndsAPeriodOnTheMakeUpSunday() {
            // 29 Dec 2025 + 3 = 1 Jan 2026; 1–3 Jan off; Sun 4 Jan is worked, so the period ends that Sunday.
            assertThat(due("2025-12-29", 3, CALENDAR_DAY)).isEqualTo(new DueDate(d("2026-01-04"), false));
        }

        @Test
        void monthsKeepTheDayOfMonthAndClampToTheMonthsEnd() {
            // 31 Jan 2026 + 1 month = 28 Feb 2026, a make-up Saturday: a working day, so it stays.
            assertThat(due("2026-01-31", 1, MONTH).date()).isEqualTo(d("2026-02-28"));
            // 31 Dec 2025 + 1 month = Sat 31 Jan 2026: extended to Mon 2 Feb.
            assertThat(due("2025-12-31", 1, MONTH).date()).isEqualTo(d("2026-02-02"));
            assertThat(due("2025-12-31", 2, MONTH).date()).isEqualTo(d("2026-02-28"));
            // 1 Sep 2025 + 1 month = 1 Oct, National Day: 9 Oct.
            assertThat(due("2025-09-01", 1, MONTH).date()).isEqualTo(d("2025-10-09"));
        }

        @Test
        void hoursAreCountedFromTheMomentWithoutHolidayExtension() {
            assertThat(calc.dueAt(LocalDateTime.parse("2025-09-30T15:00"), 24)).isEqualTo(LocalDateTime.parse("2025-10-01T15:00"));
            // With only a date known, the period ends at the latest on anchor + ceil(hours / 24) days.
            assertThat(due("2025-09-30", 24, HOUR)).isEqualTo(new DueDate(d("2025-10-01"), false));
            assertThat(due("2025-09-30", 12, HOUR).date()).isEqualTo(d("2025-10-01"));
            assertThat(due("2025-09-30", 48, HOUR).date()).isEqualTo(d("2025-10-02"));
        }

        @Test
        void aPeriodMustBePositive() {
            assertThatThrownBy(() -> due("2025-09-30", 0, CALENDAR_DAY)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> due("2025-09-30", -5, WORKING_DAY)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class YearEnd {

        @Test
        void aDueDateIn2027IsProvisionalBecauseItsScheduleIsNotPublished() {
            // 20 Nov 2026 + 60 days = Tue 19 Jan 2027.
            assertThat(due("2026-11-20", 60, CALENDAR_DAY)).isEqualTo(new DueDate(d("2027-01-19"), true));
        }

        @Test
        void aDueDateAtTheEndOf2026IsFinal() {
            // 20 Nov 2026 + 30 = Sun 20 Dec 2026: Mon 21 Dec.
            assertThat(due("2026-11-20", 30, CALENDAR_DAY)).isEqualTo(new DueDate(d("2026-12-21"), false));
        }

        @Test
        void workingDaysCountedInto2027AreProvisional() {
            // Fri 25 Dec 2026: 28, 29, 30, 31 Dec, then 2027, unpublished: 元旦 (Fri 1 Jan) is a statutory holiday
            // already, the weekend follows, so Mon 4 Jan; provisional, as the 调休 days are not known yet.
            DueDate due = due("2026-12-25", 5, WORKING_DAY);
            assertThat(due).isEqualTo(new DueDate(d("2027-01-04"), true));
            assertThat(due("2026-12-25", 4, WORKING_DAY)).isEqualTo(new DueDate(d("2026-12-31"), false));
        }

        @Test
        void aRestDayExtensionThatCrossesIntoAnUnpublishedYearIsProvisional() {
            HolidayCalendar only2028 = HolidayCalendar.of(Map.of(d("2028-10-02"), HolidayKind.HOLIDAY), List.of(2028));
            CalendarDeadlineCalculator c = CalendarDeadlineCalculator.over(only2028);
            // Sat 30 Dec 2028 is published as a plain weekend, but the next working day is in 2029, after 元旦.
            assertThat(c.due(d("2028-12-20"), 10, CALENDAR_DAY)).isEqualTo(new DueDate(d("2029-01-02"), true));
            assertThat(c.due(d("2028-12-20"), 8, CALENDAR_DAY)).isEqualTo(new DueDate(d("2028-12-28"), false));
        }

        @Test
        void aPeriodInAYearBeforeTheScheduleStartsIsProvisionalToo() {
            assertThat(due("2023-12-01", 5, WORKING_DAY).provisional()).isTrue();
        }
    }

    @Nested
    class WorkingDaysUntil {

        @Test
        void countsWorkingDaysAfterTodayUpToTheDueDate() {
            assertThat(calc.workingDaysUntil(d("2025-09-30"), d("2025-10-09"))).isEqualTo(1);
            assertThat(calc.workingDaysUntil(d("2025-09-26"), d("2025-09-30"))).isEqualTo(3);
            assertThat(calc.workingDaysUntil(d("2025-09-30"), d("2025-09-30"))).isZero();
        }

        @Test
        void isNegativeOncePast() {
            assertThat(calc.workingDaysUntil(d("2025-10-09"), d("2025-09-30"))).isEqualTo(-1);
            assertThat(calc.workingDaysUntil(d("2025-10-13"), d("2025-09-30"))).isEqualTo(-4);
            // Past over a weekend only: still negative.
            assertThat(calc.workingDaysUntil(d("2025-11-22"), d("2025-11-21"))).isEqualTo(-1);
        }

        @Test
        void dueSoonIsTheOneDefinitionOfDueDates() {
            DueDates dueDates = new DueDates(calc);
            // From Fri 26 Sep 2025 the 3 working days are 28 (调休 Sunday), 29, 30 Sep.
            assertThat(dueDates.dueSoonUntil(d("2025-09-26"))).isEqualTo(d("2025-09-30"));
            // From Tue 18 Nov 2025: 19, 20, 21.
            assertThat(dueDates.dueSoonUntil(d("2025-11-18"))).isEqualTo(d("2025-11-21"));
        }
    }

    @Nested
    class Expiry {

        @Test
        void aCertificateValidUntilTheThirdOfOctoberExpiresOnThatDayNotAfterTheHoliday() {
            // 国庆 2026: 1–7 Oct. A procedural period ending on 3 Oct is rolled to Thu 8 Oct; an expiry never is.
            assertThat(calc.due(d("2026-10-03"), 1, CALENDAR_DAY, true)).isEqualTo(new DueDate(d("2026-10-03"), false));
            assertThat(calc.due(d("2026-10-02"), 1, CALENDAR_DAY, false)).isEqualTo(new DueDate(d("2026-10-08"), false));
        }

        @Test
        void aThreeYearTermEndsTheDayBeforeTheAnniversaryEvenInTheHoliday() {
            assertThat(calc.due(d("2023-10-05"), 36, MONTH, true)).isEqualTo(new DueDate(d("2026-10-04"), false));
            // The same 36 months as a procedural period end after the holiday.
            assertThat(calc.due(d("2023-10-05"), 36, MONTH, false).date()).isEqualTo(d("2026-10-08"));
            // Leap day: start.plusYears(3).minusDays(1), as Committee.termEndOf has it (one value on every screen).
            assertThat(calc.due(d("2024-02-29"), 36, MONTH, true).date()).isEqualTo(d("2024-02-29").plusYears(3).minusDays(1));
        }

        @Test
        void anExpiryInAnUnpublishedYearIsNotProvisional() {
            assertThat(calc.due(d("2027-10-01"), 1, CALENDAR_DAY, true)).isEqualTo(new DueDate(d("2027-10-01"), false));
        }

        @Test
        void anExpiryIsCountedInDaysOrMonthsOnly() {
            assertThatThrownBy(() -> calc.due(d("2026-10-03"), 5, WORKING_DAY, true)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class UnpublishedYear {

        /** The seed schedule (2024–2026 published); 2027 is not. */
        @Test
        void theStatutoryHolidaysOf2027AreRestDaysBeforeTheScheduleComesOut() {
            assertThat(calc.isWorkingDay(d("2027-01-01"))).as("元旦, a Friday").isFalse();
            assertThat(calc.isWorkingDay(d("2027-02-05"))).as("除夕, a Friday").isFalse();
            assertThat(calc.isWorkingDay(d("2027-02-08"))).as("初三, a Monday").isFalse();
            assertThat(calc.isWorkingDay(d("2027-02-09"))).as("初四, a Tuesday: 调休 unknown").isTrue();
            assertThat(calc.isWorkingDay(d("2027-04-05"))).as("清明, a Monday").isFalse();
            assertThat(calc.isWorkingDay(d("2027-05-03"))).as("3 May, a Monday: only 1–2 May are statutory").isTrue();
            assertThat(calc.isWorkingDay(d("2027-06-09"))).as("端午, a Wednesday").isFalse();
            assertThat(calc.isWorkingDay(d("2027-09-15"))).as("中秋, a Wednesday").isFalse();
            assertThat(calc.isWorkingDay(d("2027-10-01"))).as("国庆, a Friday").isFalse();
            assertThat(calc.isWorkingDay(d("2027-10-04"))).as("4 Oct, a Monday").isTrue();
        }

        @Test
        void fiveWorkingDaysAcrossTheSpringFestival2027SkipNewYearsEveToTheThirdDay() {
            // Mon 1 Feb 2027: 2, 3, 4 Feb; 除夕 Fri 5 Feb to 初三 Mon 8 Feb off; Tue 9, Wed 10.
            assertThat(due("2027-02-01", 5, WORKING_DAY)).isEqualTo(new DueDate(d("2027-02-10"), true));
        }

        @Test
        void aCalendarPeriodEndingInNationalDay2027EndsOnMonday4October() {
            // 2027-09-16 + 15 = Fri 1 Oct (国庆), 2, 3 (statutory, weekend) → Mon 4 Oct, provisional.
            assertThat(due("2027-09-16", 15, CALENDAR_DAY)).isEqualTo(new DueDate(d("2027-10-04"), true));
            // Three working days from Wed 29 Sep 2027: Thu 30 Sep, then 1–3 Oct off, Mon 4, Tue 5.
            assertThat(due("2027-09-29", 3, WORKING_DAY)).isEqualTo(new DueDate(d("2027-10-05"), true));
        }

        @Test
        void aPublishedScheduleDecidesAlone() {
            // 2026 is published: its days are exactly the State Council's, not the statutory list.
            assertThat(calc.isWorkingDay(d("2026-01-04"))).as("调休 Sunday after 元旦 2026").isTrue();
        }
    }

    @Test
    void restDaysFollowTheSchedule() {
        assertThat(calc.isWorkingDay(d("2025-09-28"))).as("调休 Sunday").isTrue();
        assertThat(calc.isWorkingDay(d("2026-01-04"))).as("调休 Sunday after 元旦").isTrue();
        assertThat(calc.isWorkingDay(d("2025-10-06"))).as("中秋 Monday").isFalse();
        assertThat(calc.isWorkingDay(d("2026-02-16"))).as("春节 Monday").isFalse();
        assertThat(calc.isWorkingDay(d("2025-11-22"))).as("plain Saturday").isFalse();
        assertThat(calc.isWorkingDay(d("2025-11-24"))).as("plain Monday").isTrue();
    }
}
