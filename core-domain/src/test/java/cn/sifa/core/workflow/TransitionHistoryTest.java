package cn.sifa.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class TransitionHistoryTest {

    static final SifaPrincipal KAIFU = TestCallers.staff("430105", Role.MEDIATION_STAFF);

    @Autowired
    TransitionLog log;
    @Autowired
    TransactionTemplate tx;

    List<TransitionView> historyAs(SifaPrincipal caller, UUID record) {
        AtomicReference<List<TransitionView>> views = new AtomicReference<>();
        TestCallers.runAs(caller, () -> views.set(tx.execute(s -> log.of(record))));
        return views.get();
    }

    @Test
    void everyStepIsKeptInOrderWithWhoDidIt() {
        UUID record = UUID.randomUUID();
        TestCallers.runAs(KAIFU, () -> {
            tx.executeWithoutResult(s -> log.record("mediation-case", record, "430105", "register", null, "REGISTERED",
                    LocalDate.parse("2026-11-02"), "来访登记"));
            tx.executeWithoutResult(s -> log.record("mediation-case", record, "430105", "accept", "REGISTERED", "ACCEPTED",
                    LocalDate.parse("2026-11-03"), "双方同意调解"));
            tx.executeWithoutResult(s -> log.record("mediation-case", record, "430105", "close", "ACCEPTED", "CLOSED",
                    LocalDate.parse("2026-11-20"), null));
        });

        List<TransitionView> history = historyAs(KAIFU, record);
        assertThat(history).extracting(TransitionView::action).containsExactly("register", "accept", "close");
        TransitionView accept = history.get(1);
        assertThat(accept.fromState()).isEqualTo("REGISTERED");
        assertThat(accept.toState()).isEqualTo("ACCEPTED");
        assertThat(accept.occurredOn()).isEqualTo(LocalDate.parse("2026-11-03"));
        assertThat(accept.actor()).isEqualTo(KAIFU.subject());
        assertThat(accept.actorName()).isEqualTo(KAIFU.displayName());
        assertThat(accept.comment()).isEqualTo("双方同意调解");
        assertThat(accept.recordedAt()).isNotNull();
        assertThat(history.get(0).fromState()).isNull();
    }

    @Test
    void anotherCountySeesNoHistory() {
        UUID record = UUID.randomUUID();
        TestCallers.runAs(KAIFU, () -> tx.executeWithoutResult(s -> log.record("mediation-case", record, "430105", "register",
                null, "REGISTERED", LocalDate.parse("2026-11-02"), null)));
        assertThat(historyAs(TestCallers.client("371082", "mediation.read"), record)).isEmpty();
        assertThat(historyAs(TestCallers.client("430100", "mediation.read"), record)).hasSize(1);
    }

    @Test
    void aStepNeedsSomeoneToHaveTakenIt() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> log.record("mediation-case", UUID.randomUUID(), "430105",
                "register", null, "REGISTERED", LocalDate.parse("2026-11-02"), null)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
