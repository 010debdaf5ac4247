package cn.sifa.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import cn.sifa.core.security.Role;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.testing.MediationApiTest;

/**
 * The case export streams with constant memory: while thousands of cases are written, the persistence context
 * never holds more than one chunk of cases and their parties, and every row still carries its parties in order.
 * Cases in 洞头区 (330305), which no other test writes to.
 */
class CaseExportStreamingTest extends MediationApiTest {

    static final int CASES = 2 * cn.sifa.core.list.Listing.EXPORT_CHUNK + 137;

    @Autowired
    CaseWorkflow workflow;
    @PersistenceContext
    EntityManager entityManager;

    @BeforeEach
    void data() {
        if (jdbc.queryForObject("select count(*) from med_case where division_code = '330305'", Integer.class) > 0) {
            return;
        }
        jdbc.update("""
                insert into med_case (id, version, created_at, created_by, updated_at, updated_by, division_code, case_no, source,
                    dispute_type, difficulty, summary, received_on, status, last_step_on)
                select gen_random_uuid(), 0, now(), 't', now(), 't', '330305', '洞测〔2026〕' || n, 'PARTY_APPLICATION', 'NEIGHBOUR',
                    'SIMPLE', '纠纷' || n, date '2020-01-01' + n, 'REGISTERED', date '2020-01-01' + n
                from generate_series(1, ?) n""", CASES);
        jdbc.update("""
                insert into med_case_party (id, case_id, sort_order, role, kind, name)
                select gen_random_uuid(), c.id, s, case s when 0 then 'APPLICANT' else 'RESPONDENT' end, 'PERSON',
                       case s when 0 then '甲' else '乙' end || c.case_no
                from med_case c cross join generate_series(0, 1) s where c.division_code = '330305'""");
    }

    @Test
    void thePersistenceContextStaysBoundedAndEveryRowHasItsParties() {
        List<CaseListItem> rows = new ArrayList<>();
        AtomicInteger maxManaged = new AtomicInteger();
        // A column that notes each row as the exporter writes it, and how many entities are managed at that moment.
        List<cn.sifa.core.export.ExportColumn<CaseListItem>> columns = List.of(new cn.sifa.core.export.ExportColumn<>("案号", item -> {
            int managed = entityManager.unwrap(SessionImplementor.class).getPersistenceContextInternal()
                    .getNumberOfManagedEntities();
            maxManaged.accumulateAndGet(managed, Math::max);
            rows.add(item);
            return item.caseNo();
        }));
        TestCallers.runAs(TestCallers.staff("330305", Role.MEDIATION_STAFF), () -> workflow.export(
                new CaseFilter(null, null, null, null, null, null, null, null, "330305", null, null, null),
                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("caseNo")),
                new org.springframework.mock.web.MockHttpServletResponse(), cn.sifa.core.export.ExportFormat.CSV, columns));
        assertThat(rows).hasSize(CASES);
        assertThat(rows.get(0).caseNo()).isEqualTo("洞测〔2026〕" + CASES);
        assertThat(rows.get(CASES - 1).caseNo()).isEqualTo("洞测〔2026〕1");
        assertThat(rows).allSatisfy(r -> assertThat(r.parties()).extracting(CaseView.PartyView::name)
                .containsExactly("甲" + r.caseNo(), "乙" + r.caseNo()));
        // One chunk of cases with two parties each, never the whole export.
        assertThat(maxManaged.get()).isPositive().isLessThanOrEqualTo(3 * cn.sifa.core.list.Listing.EXPORT_CHUNK);
    }
}
