package cn.sifa.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.core.testing.TestStaff;

/** A record is assigned only to someone who may open it: the applier refuses the rest before anything is written. */
@SifaIntegrationTest
@AutoConfigureMockMvc
class WorkflowAssignmentTest {

    static final SifaPrincipal XIHU = TestCallers.staff("330106", Role.REVIEW_STAFF);
    static final LocalDate ON = LocalDate.parse("2025-11-03");

    enum State { RECEIVED, ACCEPTED }

    /** Just enough of an aggregate for the applier. */
    record Thing(UUID getId, String getDivisionCode, String assignee, UUID unitOrganizationId) implements WorkflowRecord {
        @Override
        public long getVersion() {
            return 0;
        }

        @Override
        public String recordType() {
            return "review-case";
        }

        @Override
        public Enum<?> status() {
            return State.RECEIVED;
        }

        @Override
        public List<String> allowedActions() {
            return List.of("accept");
        }

        @Override
        public String reference() {
            return "西湖复〔2025〕7号";
        }

        @Override
        public String link() {
            return "/review/cases/" + getId;
        }
    }

    @Autowired
    Workflow workflow;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    UUID xihuBureau;
    UUID hangzhouBureau;
    UUID kaifuBureau;
    String xihuUser;
    String hangzhouUser;
    String kaifuUser;

    @BeforeEach
    void staff() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        xihuBureau = TestStaff.organization(jdbc, "330106");
        hangzhouBureau = TestStaff.organization(jdbc, "330100");
        kaifuBureau = TestStaff.organization(jdbc, "430105");
        xihuUser = TestStaff.user(jdbc, "xihu-" + suffix, xihuBureau, "REVIEW_STAFF");
        hangzhouUser = TestStaff.user(jdbc, "hangzhou-" + suffix, hangzhouBureau, "REVIEW_STAFF");
        kaifuUser = TestStaff.user(jdbc, "kaifu-" + suffix, kaifuBureau, "REVIEW_STAFF");
    }

    void accept(Thing thing) {
        TestCallers.runAs(XIHU, () -> tx.executeWithoutResult(s -> workflow.apply(thing,
                Transition.of("accept", State.RECEIVED, State.ACCEPTED, ON, null, Transition.open("TEST_DECISION", ON)))));
    }

    int rowsOf(UUID record) {
        return jdbc.queryForObject("select (select count(*) from core_deadline where record_id = ?)"
                + " + (select count(*) from core_transition where record_id = ?)", Integer.class, record, record);
    }

    @Test
    void aRecordIsAssignedToSomeoneOfItsDivisionOrAbove() {
        Thing county = new Thing(UUID.randomUUID(), "330106", xihuUser, xihuBureau);
        Thing city = new Thing(UUID.randomUUID(), "330106", hangzhouUser, hangzhouBureau);
        accept(county);
        accept(city);
        assertThat(jdbc.queryForObject("select assignee from core_deadline where record_id = ?", String.class, county.getId()))
                .isEqualTo(xihuUser);
        assertThat(rowsOf(city.getId())).isEqualTo(2);
    }

    @Test
    void assigningARecordToAUserOfAnotherDivisionIsRefusedAndNothingIsWritten() {
        Thing thing = new Thing(UUID.randomUUID(), "330106", kaifuUser, xihuBureau);
        assertThatThrownBy(() -> accept(thing))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldErrorDetail::field, FieldErrorDetail::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("assignee", "assignee-out-of-scope")));
        assertThat(rowsOf(thing.getId())).isZero();
    }

    @Test
    void aUnitHeadOfAnotherDivisionIsRefusedToo() {
        Thing thing = new Thing(UUID.randomUUID(), "330106", xihuUser, kaifuBureau);
        assertThatThrownBy(() -> accept(thing))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldErrorDetail::code).containsExactly("organization-out-of-scope"));
        // A city-level user assigned a county's record from above is fine; the reverse is not.
        Thing cityRecord = new Thing(UUID.randomUUID(), "330100", xihuUser, null);
        assertThatThrownBy(() -> accept(cityRecord)).isInstanceOf(ValidationException.class);
    }
}
