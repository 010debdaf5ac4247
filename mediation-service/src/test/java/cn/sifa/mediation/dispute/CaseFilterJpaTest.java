package cn.sifa.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.history.SifaRevision;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.core.testing.TestDatabaseInitializer;
import cn.sifa.mediation.MediationModule;

/** JPA slice on real PostgreSQL: the list filters and the division scope, without the web layer. */
@DataJpaTest(properties = "sifa.embedded-postgres.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = CaseFilterJpaTest.Slice.class, initializers = TestDatabaseInitializer.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CaseFilterJpaTest {

    /** Only the mediation entities and repositories (not a @Configuration, so that the module's scan ignores it). */
    @EntityScan(basePackageClasses = {MediationModule.class, SifaRevision.class, cn.sifa.core.division.Division.class,
            cn.sifa.core.deadline.Deadlines.class})
    @EnableJpaRepositories(basePackageClasses = {MediationModule.class, cn.sifa.core.division.DivisionRepository.class,
            cn.sifa.core.deadline.Deadlines.class})
    @EnableJpaAuditing(auditorAwareRef = "sliceAuditor")
    @PropertySource("classpath:sifa-core.properties")
    @org.springframework.context.annotation.Import({cn.sifa.core.scope.DivisionScope.class, cn.sifa.core.workflow.DueDates.class,
            cn.sifa.core.deadline.DeadlineRegister.class, cn.sifa.core.deadline.DeadlineRules.class})
    static class Slice {
        /** Weekends off, no holidays: enough for "due soon" in November 2026. */
        @Bean
        cn.sifa.core.deadline.DeadlineCalculator weekendCalendar() {
            return new cn.sifa.core.deadline.DeadlineCalculator() {
                /** Calendar days, a period ending on a rest day running to the next working day. */
                public DueDate due(LocalDate anchor, int amount, cn.sifa.core.deadline.DeadlineUnit unit) {
                    LocalDate due = anchor.plusDays(amount);
                    while (!isWorkingDay(due)) {
                        due = due.plusDays(1);
                    }
                    return new DueDate(due, false);
                }

                public java.time.LocalDateTime dueAt(java.time.LocalDateTime anchor, int hours) {
                    throw new UnsupportedOperationException();
                }

                public boolean isWorkingDay(LocalDate day) {
                    return day.getDayOfWeek().getValue() < 6;
                }

                public int workingDaysUntil(LocalDate today, LocalDate due) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Bean
        java.time.Clock clock() {
            return java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
        }

        @Bean
        AuditorAware<String> sliceAuditor() {
            return () -> java.util.Optional.of("slice-test");
        }
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    MediationCases cases;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    cn.sifa.core.scope.DivisionScope scope;
    @Autowired
    cn.sifa.core.workflow.DueDates dueDates;
    @Autowired
    cn.sifa.core.deadline.Deadlines deadlines;

    String tag;

    @BeforeEach
    void seed() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> {
            due(cases.save(mediationCase("430105001", "滤-" + tag + "-1", "周杰", LocalDate.of(2026, 11, 1))), TODAY.minusDays(1));
            due(cases.save(mediationCase("430105", "滤-" + tag + "-2", "吴敏", LocalDate.of(2026, 10, 1))), TODAY.plusDays(2));
            due(cases.save(mediationCase("371082", "滤-" + tag + "-3", "周杰", LocalDate.of(2026, 11, 1))), TODAY.minusDays(5));
        }));
    }

    /** An open deadline, opened by the core register (30 days from its anchor), where the list's due date and overdue flag come from. */
    void due(MediationCase c, LocalDate due) {
        deadlines.open(new cn.sifa.core.deadline.DeadlineTarget("mediation-case", c.getId(), c.getDivisionCode(), null, null,
                c.getCaseNo(), null), "MEDIATION_TIME_LIMIT", due.minusDays(30));
    }

    MediationCase mediationCase(String division, String caseNo, String party, LocalDate received) {
        MediationCase c = new MediationCase(division, caseNo, CaseSource.PARTY_APPLICATION, DisputeType.NEIGHBOUR, "纠纷 " + tag,
                null, received, null, null, null,
                List.of(new CaseParty(PartyRole.APPLICANT, PartyKind.PERSON, party, null, null, null)), false);
        return c;
    }

    List<String> find(String caller, CaseFilter filter) {
        List<String> found = new java.util.ArrayList<>();
        TestCallers.runAs(TestCallers.client(caller, "mediation.read"), () -> tx.executeWithoutResult(s ->
                cases.findAll(filter.toSpecification(scope, dueDates, TODAY, null, null)).forEach(c -> found.add(c.getCaseNo()))));
        return found;
    }

    static CaseFilter filter(String q, Boolean overdue, Boolean dueSoon, String from) {
        return new CaseFilter(null, null, null, from == null ? null : LocalDate.parse(from), null, q, overdue, dueSoon,
                null, null, null, null);
    }

    @Test
    void freeTextFindsPartyNamesWithinTheCallersScopeOnly() {
        assertThat(find("430105", filter("周杰", null, null, null))).filteredOn(n -> n.contains(tag)).containsExactly("滤-" + tag + "-1");
        assertThat(find("371082", filter("周杰", null, null, null))).filteredOn(n -> n.contains(tag)).containsExactly("滤-" + tag + "-3");
        assertThat(find("430105", filter(tag, null, null, null))).hasSize(2);
    }

    @Test
    void theCaseNumberSortsByYearThenNumberNotAsText() {
        String prefix = "序" + tag + "调";
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> {
            for (String no : List.of("〔2026〕99号", "〔2026〕9号", "〔2025〕120号", "〔2026〕10号")) {
                cases.save(mediationCase("430105", prefix + no, "郑红", LocalDate.of(2026, 11, 2)));
            }
        }));
        List<String> sorted = new java.util.ArrayList<>();
        TestCallers.runAs(TestCallers.client("430105", "mediation.read"), () -> tx.executeWithoutResult(s -> cases.findAll(
                filter(prefix, null, null, null).toSpecification(scope, dueDates, TODAY, null, null),
                org.springframework.data.domain.Sort.by("caseNoKey")).forEach(c -> sorted.add(c.getCaseNo()))));
        assertThat(sorted).containsExactly(prefix + "〔2025〕120号", prefix + "〔2026〕9号", prefix + "〔2026〕10号", prefix + "〔2026〕99号");
    }

    @Test
    void overdueDueSoonAndDateFiltersReadTheOpenDeadlines() {
        assertThat(find("430105", filter(tag, true, null, null))).containsExactly("滤-" + tag + "-1");
        assertThat(find("430105", filter(tag, false, true, null))).containsExactly("滤-" + tag + "-2");
        assertThat(find("430105", filter(tag, null, null, "2026-10-15"))).containsExactly("滤-" + tag + "-1");
    }
}
