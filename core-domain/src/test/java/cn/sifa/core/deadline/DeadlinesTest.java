package cn.sifa.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.calendar.ClockConfiguration;
import cn.sifa.core.calendar.SeedCalendar;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class DeadlinesTest {

    static final SifaPrincipal KAIFU = TestCallers.staff("430105", Role.REVIEW_STAFF);
    static final SifaPrincipal XIHU = TestCallers.staff("330106", Role.REVIEW_STAFF);
    static final SifaPrincipal RONGCHENG = TestCallers.staff("371082", Role.REVIEW_STAFF);

    @Autowired
    Deadlines deadlines;
    @Autowired
    DeadlineRules rules;
    @Autowired
    DeadlineRepository repository;
    @Autowired
    DeadlineCalculator calculator;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    /** The register as it would answer on {@code today}. */
    DeadlineRegister on(String today) {
        Clock fixed = Clock.fixed(LocalDate.parse(today).atStartOfDay(ClockConfiguration.CHINA).toInstant(), ClockConfiguration.CHINA);
        return new DeadlineRegister(rules, repository, calculator, fixed, entityManager);
    }

    <T> T as(SifaPrincipal caller, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestCallers.runAs(caller, () -> result.set(tx.execute(s -> work.get())));
        return result.get();
    }

    static DeadlineTarget target(UUID id, String division) {
        return new DeadlineTarget("review-case", id, division, "reviewer-" + division, null, "测试复〔2025〕1号", "/review/cases/" + id);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theDatabaseCalendarMatchesTheSeedScheduleOnEveryDayOf2024To2026() {
        for (LocalDate day = d("2024-01-01"); day.isBefore(d("2027-01-01")); day = day.plusDays(1)) {
            assertThat(calculator.isWorkingDay(day)).as(day.toString()).isEqualTo(SeedCalendar.get().isWorkingDay(day));
        }
        assertThat(calculator.due(d("2025-09-26"), 5, DeadlineUnit.WORKING_DAY))
                .isEqualTo(new DeadlineCalculator.DueDate(d("2025-10-10"), false));
    }

    @Test
    void acceptingOnTheEveOfNationalDayGivesFiveWorkingDaysAfterTheHoliday() {
        UUID id = UUID.randomUUID();
        DeadlineView view = as(XIHU, () -> on("2025-09-26").open(target(id, "330106"), "TEST_ACCEPTANCE_REVIEW", d("2025-09-26")));
        assertThat(view.kind()).isEqualTo("TEST_ACCEPTANCE_REVIEW");
        assertThat(view.label()).isEqualTo("受理审查期限");
        assertThat(view.basis()).isEqualTo("《行政复议法》第三十条");
        assertThat(view.dueDate()).isEqualTo(d("2025-10-10"));
        assertThat(view.provisional()).isFalse();
        assertThat(view.metOn()).isNull();
    }

    @Test
    void aProvinceOverrideAppliesToRecordsInThatProvinceOnly() {
        UUID hunan = UUID.randomUUID();
        UUID zhejiang = UUID.randomUUID();
        DeadlineView inHunan = as(KAIFU, () -> deadlines.open(target(hunan, "430105"), "TEST_DECISION", d("2025-11-03")));
        DeadlineView inZhejiang = as(XIHU, () -> deadlines.open(target(zhejiang, "330106"), "TEST_DECISION", d("2025-11-03")));
        // Hunan: 45 days → Thu 18 Dec 2025. National: 60 days → Fri 2 Jan 2026, inside 元旦 (1–3 Jan), so the
        // make-up Sunday 4 Jan, the first working day after it.
        assertThat(inHunan.dueDate()).isEqualTo(d("2025-12-18"));
        assertThat(inHunan.basis()).isEqualTo("测试:湖南省设置");
        assertThat(inZhejiang.dueDate()).isEqualTo(d("2026-01-04"));
        assertThat(inZhejiang.basis()).isEqualTo("《行政复议法》第六十二条");
    }

    @Test
    void anUnknownRuleIsAProgrammingError() {
        assertThatThrownBy(() -> as(KAIFU, () -> deadlines.open(target(UUID.randomUUID(), "430105"), "NO_SUCH_RULE", d("2025-11-03"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NO_SUCH_RULE");
    }

    @Test
    void theStatusFollowsTodayInWorkingDays() {
        UUID id = UUID.randomUUID();
        // Due Fri 10 Oct 2025 (5 working days from 26 Sep).
        as(XIHU, () -> on("2025-09-26").open(target(id, "330106"), "TEST_ACCEPTANCE_REVIEW", d("2025-09-26")));
        assertThat(statusOn(id, "2025-09-26")).as("7 working days away").isEqualTo(DeadlineStatus.PENDING);
        assertThat(statusOn(id, "2025-09-30")).as("9 Oct, 10 Oct: 2 working days across the holiday").isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(statusOn(id, "2025-10-10")).as("due today").isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(statusOn(id, "2025-10-11")).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(as(XIHU, () -> on("2025-10-11").isOverdue(id))).isTrue();
        assertThat(as(XIHU, () -> on("2025-10-10").isOverdue(id))).isFalse();
    }

    private DeadlineStatus statusOn(UUID id, String today) {
        List<DeadlineView> views = as(XIHU, () -> on(today).of(id));
        assertThat(views).hasSize(1);
        return views.get(0).status();
    }

    @Test
    void meetingOnTimeIsMetAndLateIsMissed() {
        UUID onTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        as(XIHU, () -> {
            DeadlineRegister register = on("2025-09-26");
            register.open(target(onTime, "330106"), "TEST_ACCEPTANCE_REVIEW", d("2025-09-26"));
            register.open(target(late, "330106"), "TEST_ACCEPTANCE_REVIEW", d("2025-09-26"));
            register.meet(onTime, "TEST_ACCEPTANCE_REVIEW", d("2025-10-10"));
            register.meet(late, "TEST_ACCEPTANCE_REVIEW", d("2025-10-11"));
            // Meeting again changes nothing: the first step counts.
            register.meet(onTime, "TEST_ACCEPTANCE_REVIEW", d("2025-10-20"));
            return null;
        });
        DeadlineView met = as(XIHU, () -> on("2025-12-01").of(onTime)).get(0);
        DeadlineView missed = as(XIHU, () -> on("2025-12-01").of(late)).get(0);
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.metOn()).isEqualTo(d("2025-10-10"));
        assertThat(missed.status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(missed.metOn()).isEqualTo(d("2025-10-11"));
        assertThat(as(XIHU, () -> on("2025-12-01").isOverdue(late))).isFalse();
    }

    @Test
    void reopeningReplacesTheOpenDeadlineOfTheSameKind() {
        UUID id = UUID.randomUUID();
        as(KAIFU, () -> {
            deadlines.open(target(id, "430105"), "TEST_ACCEPTANCE_REVIEW", d("2025-09-26"));
            deadlines.open(target(id, "430105"), "TEST_ACCEPTANCE_REVIEW", d("2025-10-09"));
            return deadlines.open(target(id, "430105"), "TEST_REPORT", d("2025-11-30"));
        });
        List<DeadlineView> views = as(KAIFU, () -> deadlines.of(id));
        assertThat(views).extracting(DeadlineView::kind, DeadlineView::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TEST_ACCEPTANCE_REVIEW", d("2025-10-15")),
                // 30 Nov + 3 months = 28 Feb 2026, a make-up Saturday.
                org.assertj.core.groups.Tuple.tuple("TEST_REPORT", d("2026-02-28")));
        assertThat(jdbc.queryForObject("select count(*) from core_deadline where record_id = ?", Long.class, id)).isEqualTo(2);
    }

    @Test
    void cancellingOneOrAllLeavesThemCancelled() {
        UUID id = UUID.randomUUID();
        as(KAIFU, () -> {
            deadlines.open(target(id, "430105"), "TEST_ACCEPTANCE_REVIEW", d("2025-09-26"));
            deadlines.open(target(id, "430105"), "TEST_DECISION", d("2025-09-26"));
            deadlines.open(target(id, "430105"), "TEST_NOTICE", d("2025-09-26"));
            deadlines.cancel(id, "TEST_NOTICE");
            deadlines.meet(id, "TEST_ACCEPTANCE_REVIEW", d("2025-09-30"));
            deadlines.cancelAll(id);
            return null;
        });
        assertThat(as(KAIFU, () -> deadlines.of(id))).extracting(DeadlineView::kind, DeadlineView::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("TEST_NOTICE", DeadlineStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple("TEST_ACCEPTANCE_REVIEW", DeadlineStatus.MET),
                        org.assertj.core.groups.Tuple.tuple("TEST_DECISION", DeadlineStatus.CANCELLED));
        assertThat(as(KAIFU, () -> deadlines.isOverdue(id))).isFalse();
    }

    @Test
    void anotherCountyDoesNotSeeTheDeadlines() {
        UUID id = UUID.randomUUID();
        as(KAIFU, () -> deadlines.open(target(id, "430105"), "TEST_DECISION", d("2025-09-26")));
        assertThat(as(RONGCHENG, () -> deadlines.of(id))).isEmpty();
        // Nor can it act on them.
        as(RONGCHENG, () -> {
            deadlines.cancelAll(id);
            return null;
        });
        assertThat(as(KAIFU, () -> deadlines.of(id))).extracting(DeadlineView::status).doesNotContain(DeadlineStatus.CANCELLED);
        List<DeadlineView> asSystem = CurrentCaller.runAsSystem(() -> tx.execute(s -> deadlines.of(id)));
        assertThat(asSystem).hasSize(1);
    }

    @Test
    void aDeadlineRunningInto2027IsProvisional() {
        UUID id = UUID.randomUUID();
        DeadlineView view = as(XIHU, () -> deadlines.open(target(id, "330106"), "TEST_DECISION", d("2026-11-20")));
        assertThat(view.dueDate()).isEqualTo(d("2027-01-19"));
        assertThat(view.provisional()).isTrue();
    }

    @Test
    void aCertificateValidUntilTheThirdOfOctoberIsExpiredOnTheFourthHolidayOrNot() {
        UUID officer = UUID.randomUUID();
        // 国庆 2026 runs 1–7 Oct; the certificate's last valid day, Sat 3 Oct, is the due date itself.
        DeadlineView view = as(XIHU, () -> on("2026-09-01").open(
                new DeadlineTarget("enforcement-officer", officer, "330106", null, null, "王五", "/enforcement/officers/" + officer),
                "ENF_CERTIFICATE_EXPIRY", d("2026-10-03")));
        assertThat(view.dueDate()).isEqualTo(d("2026-10-03"));
        assertThat(view.provisional()).isFalse();
        assertThat(statusOn(officer, "2026-10-03")).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(statusOn(officer, "2026-10-04")).as("expired on the 4th, in the holiday").isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(as(XIHU, () -> on("2026-10-04").isOverdue(officer))).isTrue();
        // Renewed on the 8th, the first working day after the holiday: too late.
        as(XIHU, () -> {
            on("2026-10-08").meet(officer, "ENF_CERTIFICATE_EXPIRY", d("2026-10-08"));
            return null;
        });
        assertThat(statusOn(officer, "2026-10-08")).isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void aCommitteesTermEndsThreeYearsLessADayAfterItsStartOnTheSameDayAsTheCommitteeShows() {
        UUID committee = UUID.randomUUID();
        LocalDate start = d("2023-10-05");
        DeadlineView view = as(XIHU, () -> on("2023-10-05").open(
                new DeadlineTarget("mediation-committee", committee, "330106", null, null, "测试调委会", null),
                "COMMITTEE_TERM", start));
        // Committee.termEndOf in mediation: start + 3 years - 1 day, here Sun 4 Oct 2026, inside 国庆: not rolled.
        assertThat(view.dueDate()).isEqualTo(start.plusYears(3).minusDays(1)).isEqualTo(d("2026-10-04"));
        assertThat(jdbc.queryForObject("select expiry from core_deadline where record_id = ?", Boolean.class, committee)).isTrue();
    }

    @Test
    void anExpiryInAnUnpublishedYearIsFinalAlready() {
        UUID officer = UUID.randomUUID();
        DeadlineView view = as(XIHU, () -> on("2026-09-01").open(
                new DeadlineTarget("enforcement-officer", officer, "330106", null, null, null, null),
                "ENF_CERTIFICATE_EXPIRY", d("2027-10-01")));
        assertThat(view.dueDate()).isEqualTo(d("2027-10-01"));
        assertThat(view.provisional()).isFalse();
    }

    @Test
    void aProvisionalDeadlineIn2027AlreadySkipsTheSpringFestivalAndNationalDay() {
        UUID spring = UUID.randomUUID();
        UUID national = UUID.randomUUID();
        // Five working days from Mon 1 Feb 2027: 2, 3, 4 Feb, then 除夕 (5 Feb) to 初三 (8 Feb), then 9, 10 Feb.
        DeadlineView a = as(XIHU, () -> deadlines.open(target(spring, "330106"), "TEST_ACCEPTANCE_REVIEW", d("2027-02-01")));
        assertThat(a.dueDate()).isEqualTo(d("2027-02-10"));
        assertThat(a.provisional()).isTrue();
        // One day from Thu 30 Sep 2027 = Fri 1 Oct (国庆 1–3 Oct, a weekend) → Mon 4 Oct.
        DeadlineView b = as(XIHU, () -> deadlines.open(target(national, "330106"), "TEST_ONE_DAY", d("2027-09-30")));
        assertThat(b.dueDate()).isEqualTo(d("2027-10-04"));
        assertThat(b.provisional()).isTrue();
    }
}
