package cn.sifa.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceContext;

import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
class DivisionScopeTest {

    @Autowired
    ScopedThings things;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DivisionScope scope;
    @PersistenceContext
    EntityManager em;

    UUID kaifuThing;
    UUID rongchengThing;
    UUID kaifuTownThing;

    @BeforeEach
    void seed() {
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> {
            things.deleteAll();
            kaifuThing = things.save(new ScopedThing("430105", "scope-kaifu")).getId();
            kaifuTownThing = things.save(new ScopedThing("430105001", "scope-kaifu-town")).getId();
            rongchengThing = things.save(new ScopedThing("371082", "scope-rongcheng")).getId();
        }));
    }

    @Test
    void aCountySeesItsOwnRecordsAndItsTownsButNotAnotherCounty() {
        SifaPrincipal kaifu = TestCallers.client("430105", "mediation.read");
        TestCallers.runAs(kaifu, () -> tx.executeWithoutResult(s -> {
            assertThat(things.findAll()).extracting(ScopedThing::getLabel)
                    .containsExactlyInAnyOrder("scope-kaifu", "scope-kaifu-town");
            assertThat(things.findById(rongchengThing)).isEmpty();
            assertThat(things.findById(kaifuThing)).isPresent();
            assertThat(things.findByLabelPrefix("scope-")).hasSize(2);
            assertThat(things.count()).isEqualTo(2);
        }));
    }

    @Test
    void aCityBureauSeesItsCountiesOnly() {
        SifaPrincipal changsha = TestCallers.client("430100", "mediation.read");
        TestCallers.runAs(changsha, () -> tx.executeWithoutResult(s ->
                assertThat(things.findAll()).extracting(ScopedThing::getLabel)
                        .containsExactlyInAnyOrder("scope-kaifu", "scope-kaifu-town")));
        SifaPrincipal weihai = TestCallers.client("371000", "mediation.read");
        TestCallers.runAs(weihai, () -> tx.executeWithoutResult(s ->
                assertThat(things.findAll()).extracting(ScopedThing::getLabel).containsExactly("scope-rongcheng")));
    }

    @Test
    void aTownSeesOnlyItself() {
        TestCallers.runAs(TestCallers.client("430105001"), () -> tx.executeWithoutResult(s -> {
            assertThat(things.findAll()).extracting(ScopedThing::getLabel).containsExactly("scope-kaifu-town");
            assertThat(things.findById(kaifuThing)).isEmpty();
        }));
    }

    @Test
    void loadingByIdOutsideTheScopeFindsNothingWhateverThePath() {
        TestCallers.runAs(TestCallers.client("430105"), () -> tx.executeWithoutResult(s -> {
            ScopedThing reference = things.getReferenceById(rongchengThing); // a proxy: its initialisation loads it
            assertThatThrownBy(reference::getLabel).isInstanceOf(EntityNotFoundException.class);
        }));
        TestCallers.runAs(TestCallers.client("430105"), () -> tx.executeWithoutResult(s -> {
            assertThat(em.find(ScopedThing.class, rongchengThing)).isNull();
            assertThat(em.find(ScopedThing.class, kaifuThing)).isNotNull();
            assertThat(things.existsById(rongchengThing)).isFalse();
        }));
        // Loaded once by a caller who may see it, the record is still not found by one who may not (same session).
        TestCallers.runAs(TestCallers.client("430105"), () -> tx.executeWithoutResult(s -> {
            CurrentCaller.runAsSystem(() -> assertThat(em.find(ScopedThing.class, rongchengThing)).isNotNull());
            assertThat(things.findById(rongchengThing)).isEmpty();
        }));
    }

    @Test
    void loadByIdKeepsHibernatesCachedLoadPlan() {
        // applyToLoadByKey on the filter would make Hibernate build a new load plan on every find (findings, issue 6).
        TestCallers.runAs(TestCallers.client("430105"), () -> tx.executeWithoutResult(s -> {
            SessionImplementor session = em.unwrap(SessionImplementor.class);
            assertThat(session.getEnabledFilter(DivisionScopedEntity.FILTER)).isNotNull();
            assertThat(session.getFactory().getMappingMetamodel().getEntityDescriptor(ScopedThing.class)
                    .isAffectedByEnabledFilters(session.getLoadQueryInfluencers(), true)).isFalse();
        }));
    }

    @Test
    void withoutACallerNothingIsVisible() {
        tx.executeWithoutResult(s -> assertThat(things.findAll()).isEmpty());
    }

    @Test
    void creatingOutsideTheScopeIsForbiddenAndDefaultsToTheCallersDivision() {
        AtomicReference<String> chosen = new AtomicReference<>();
        TestCallers.runAs(TestCallers.client("430105"), () -> {
            chosen.set(scope.divisionForCreate(null));
            assertThatThrownBy(() -> scope.divisionForCreate("371082")).isInstanceOf(ForbiddenException.class);
        });
        assertThat(chosen.get()).isEqualTo("430105");
    }

    @Test
    void aDivisionFilterNeverWidensTheScope() {
        TestCallers.runAs(TestCallers.client("430105"), () -> {
            assertThat(scope.narrowTo("430000")).isEqualTo("430105");
            assertThat(scope.narrowTo("430105001")).isEqualTo("430105001");
            assertThat(scope.narrowTo("371082")).isEqualTo("-");
        });
    }
}
