package cn.sifa.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.InvalidTransitionException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.workflow.Transition;

/** The aggregate alone: which steps each state allows, and the date rule of every step. */
class MediationCaseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate RECEIVED = LocalDate.of(2026, 9, 1);
    static final UUID MEDIATOR = UUID.randomUUID();

    static MediationCase registered() {
        return new MediationCase("430105", "开福调〔2026〕1号", CaseSource.PARTY_APPLICATION, DisputeType.NEIGHBOUR,
                "排水沟堵塞引发争执", null, RECEIVED, null, null, "staff",
                List.of(new CaseParty(PartyRole.APPLICANT, PartyKind.PERSON, "张三", "11010519491231002X", null, null),
                        new CaseParty(PartyRole.RESPONDENT, PartyKind.PERSON, "李四", null, null, null)), false);
    }

    static MediationCase mediating() {
        MediationCase c = registered();
        c.accept(RECEIVED.plusDays(1), TODAY, null, Set.of(MEDIATOR), null, null);
        c.startSession(RECEIVED.plusDays(3), TODAY, "调解室", "第一次调解", false, false, null, List.of());
        return c;
    }

    static MediationCase agreed(AgreementForm form) {
        MediationCase c = mediating();
        c.recordAgreement(form, "赔偿8000元", new BigDecimal("8000.00"), RECEIVED.plusDays(5), RECEIVED.plusDays(40), TODAY);
        return c;
    }

    @Test
    void acceptingOpensTheMediationTimeLimitFromTheAcceptanceDate() {
        MediationCase c = registered();
        Transition t = c.accept(LocalDate.of(2026, 9, 5), TODAY, null, Set.of(MEDIATOR), Difficulty.DIFFICULT, "m1");
        assertThat(t.from()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(t.to()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(t.deadlines()).containsExactly(Transition.open(MediationDeadlines.MEDIATION_TIME_LIMIT, LocalDate.of(2026, 9, 5)));
        assertThat(c.getAcceptedOn()).isEqualTo(LocalDate.of(2026, 9, 5));
        assertThat(c.getDifficulty()).isEqualTo(Difficulty.DIFFICULT);
        assertThat(c.allowedCaseActions()).containsExactly(CaseAction.SESSION, CaseAction.ESCALATION_REPORT, CaseAction.EXPERT_REQUEST);
    }

    @Test
    void aStepDateDefaultsToToday() {
        MediationCase c = registered();
        assertThat(c.accept(null, TODAY, null, Set.of(MEDIATOR), null, null).on()).isEqualTo(TODAY);
    }

    @Test
    void acceptingNeedsAMediator() {
        assertThat(fieldErrors(() -> registered().accept(null, TODAY, null, Set.of(), null, null)))
                .extracting(FieldErrorDetail::field).containsExactly("mediatorIds");
    }

    @Test
    void aStepMayNotBeInTheFutureBeforeReceiptOrBeforeThePreviousStep() {
        assertThat(fieldErrors(() -> registered().accept(TODAY.plusDays(1), TODAY, null, Set.of(MEDIATOR), null, null)))
                .extracting(FieldErrorDetail::code).containsExactly("date-in-future");
        assertThat(fieldErrors(() -> registered().accept(RECEIVED.minusDays(1), TODAY, null, Set.of(MEDIATOR), null, null)))
                .extracting(FieldErrorDetail::code).containsExactly("date-before-received");
        MediationCase c = mediating();
        assertThat(fieldErrors(() -> c.recordAgreement(AgreementForm.ORAL, "和解", null, RECEIVED.plusDays(2), null, TODAY)))
                .extracting(FieldErrorDetail::field, FieldErrorDetail::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("effectiveOn", "date-before-previous-step"));
        assertThat(c.getStatus()).isEqualTo(CaseStatus.MEDIATING);
    }

    @Test
    void performanceDeadlineMayNotPrecedeTheAgreement() {
        MediationCase c = mediating();
        assertThat(fieldErrors(() -> c.recordAgreement(AgreementForm.WRITTEN, "赔偿", null, RECEIVED.plusDays(5), RECEIVED.plusDays(4), TODAY)))
                .extracting(FieldErrorDetail::code).containsExactly("date-order");
    }

    @Test
    void theFirstSessionStartsMediationAndLaterOnesKeepIt() {
        MediationCase c = registered();
        c.accept(RECEIVED, TODAY, null, Set.of(MEDIATOR), null, null);
        Transition first = c.startSession(RECEIVED.plusDays(1), TODAY, "调解室", "记录", false, false, null, List.of());
        assertThat(first.from()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(first.to()).isEqualTo(CaseStatus.MEDIATING);
        Transition second = c.startSession(RECEIVED.plusDays(2), TODAY, "村委会", "记录", false, false, null, List.of());
        assertThat(second.from()).isEqualTo(CaseStatus.MEDIATING);
        assertThat(c.getSessionCount()).isEqualTo(2);
        assertThat(c.getMediatingSince()).isEqualTo(RECEIVED.plusDays(1));
        assertThat(c.getSessions()).hasSize(2).allSatisfy(s -> assertThat(s.getMediatorIds()).containsExactly(MEDIATOR));
    }

    @Test
    void invitedPersonsAttendOnlyWithThePartiesConsent() {
        MediationCase c = registered();
        c.accept(RECEIVED, TODAY, null, Set.of(MEDIATOR), null, null);
        List<Attendee> invited = List.of(new Attendee("王五", AttendeeKind.INVITED, "村委会主任"));
        assertThat(fieldErrors(() -> c.startSession(RECEIVED, TODAY, "村委会", "记录", false, false, null, invited)))
                .extracting(FieldErrorDetail::code).containsExactly("consent-required");
        c.startSession(RECEIVED, TODAY, "村委会", "记录", false, true, null, invited);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.MEDIATING);
    }

    @Test
    void aWrittenAgreementMeetsTheTimeLimitAndOpensTheConfirmationPeriod() {
        MediationCase c = mediating();
        Transition t = c.recordAgreement(AgreementForm.WRITTEN, "赔偿", new BigDecimal("100"), RECEIVED.plusDays(5), null, TODAY);
        assertThat(t.deadlines()).containsExactly(
                Transition.meet(MediationDeadlines.MEDIATION_TIME_LIMIT, RECEIVED.plusDays(5)),
                Transition.open(MediationDeadlines.JUDICIAL_CONFIRMATION_APPLICATION, RECEIVED.plusDays(5)));
        assertThat(c.allowedCaseActions()).containsExactly(CaseAction.PERFORMANCE, CaseAction.JUDICIAL_CONFIRMATION,
                CaseAction.FOLLOW_UP, CaseAction.ARCHIVE);
    }

    @Test
    void anOralAgreementCannotBeJudiciallyConfirmed() {
        MediationCase c = agreed(AgreementForm.ORAL);
        assertThat(c.allowedCaseActions()).doesNotContain(CaseAction.JUDICIAL_CONFIRMATION);
        assertThatThrownBy(() -> c.applyJudicialConfirmation(null, null, TODAY, "开福区人民法院"))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aPendingConfirmationBlocksArchivingUntilTheCourtDecides() {
        MediationCase c = agreed(AgreementForm.WRITTEN);
        Transition applied = c.applyJudicialConfirmation(RECEIVED.plusDays(10), null, TODAY, "开福区人民法院");
        assertThat(applied.deadlines()).containsExactly(
                Transition.meet(MediationDeadlines.JUDICIAL_CONFIRMATION_APPLICATION, RECEIVED.plusDays(10)),
                Transition.open(MediationDeadlines.JUDICIAL_CONFIRMATION_DECISION, RECEIVED.plusDays(10)));
        assertThat(c.allowedCaseActions()).doesNotContain(CaseAction.ARCHIVE).contains(CaseAction.JUDICIAL_CONFIRMATION);
        assertThatThrownBy(() -> c.archive(null, TODAY, null)).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> c.applyJudicialConfirmation(null, null, TODAY, "另一法院")).isInstanceOf(InvalidTransitionException.class);
        c.decideJudicialConfirmation(ConfirmationResult.CONFIRMED, RECEIVED.plusDays(20), TODAY);
        assertThat(c.getJudicialConfirmation().getResult()).isEqualTo(ConfirmationResult.CONFIRMED);
        assertThat(c.allowedCaseActions()).contains(CaseAction.ARCHIVE).doesNotContain(CaseAction.JUDICIAL_CONFIRMATION);
        assertThat(c.archive(null, TODAY, "齐全").deadlines()).containsExactly(Transition.cancelAll());
        assertThat(c.allowedCaseActions()).isEmpty();
    }

    @Test
    void performanceMakesTheConfirmationPeriodMoot() {
        MediationCase c = agreed(AgreementForm.WRITTEN);
        Transition t = c.recordPerformance(PerformanceResult.PERFORMED, RECEIVED.plusDays(30), TODAY, "已付清");
        assertThat(t.deadlines()).containsExactly(Transition.cancel(MediationDeadlines.JUDICIAL_CONFIRMATION_APPLICATION));
        assertThat(c.allowedCaseActions()).containsExactly(CaseAction.FOLLOW_UP, CaseAction.ARCHIVE);
    }

    @Test
    void aBreachedAgreementCanStillBeConfirmedAndLaterPerformed() {
        MediationCase c = agreed(AgreementForm.WRITTEN);
        c.recordPerformance(PerformanceResult.BREACHED, RECEIVED.plusDays(6), TODAY, null);
        assertThat(c.allowedCaseActions()).contains(CaseAction.PERFORMANCE, CaseAction.JUDICIAL_CONFIRMATION);
        c.recordPerformance(PerformanceResult.PERFORMED, RECEIVED.plusDays(7), TODAY, null);
        assertThat(c.getPerformanceResult()).isEqualTo(PerformanceResult.PERFORMED);
    }

    @Test
    void followUpsAreCountedAndKeepTheState() {
        MediationCase c = agreed(AgreementForm.ORAL);
        c.followUp(RECEIVED.plusDays(30), TODAY, FollowUpMethod.PHONE, "王", "已履行", true);
        c.followUp(RECEIVED.plusDays(60), TODAY, FollowUpMethod.VISIT, "王", "关系缓和", true);
        assertThat(c.getFollowUpCount()).isEqualTo(2);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.AGREEMENT_REACHED);
    }

    @Test
    void declineRecordsTheReasonAndRoutes() {
        MediationCase c = registered();
        Transition t = c.decline(RECEIVED, TODAY, DeclineReason.PARTY_REFUSED, "被申请人拒绝调解", List.of(ResolutionRoute.LITIGATION));
        assertThat(t.to()).isEqualTo(CaseStatus.DECLINED);
        assertThat(t.deadlines()).isEmpty();
        assertThat(c.getRoutesTold()).containsExactly(ResolutionRoute.LITIGATION);
        assertThat(c.allowedCaseActions()).containsExactly(CaseAction.ARCHIVE);
    }

    @Test
    void failureMeetsTheTimeLimitAndTellsTheRoutes() {
        MediationCase c = mediating();
        Transition t = c.fail(RECEIVED.plusDays(9), TODAY, "分歧较大", List.of(ResolutionRoute.LITIGATION, ResolutionRoute.ARBITRATION));
        assertThat(t.deadlines()).containsExactly(Transition.meet(MediationDeadlines.MEDIATION_TIME_LIMIT, RECEIVED.plusDays(9)));
        assertThat(c.getStatus()).isEqualTo(CaseStatus.FAILED);
    }

    /** Every action tried in every reachable state: exactly the allowed ones pass, the others answer invalid-transition. */
    @Test
    void everyIllegalTransitionIsRefusedWithTheCurrentStateAndTheAllowedActions() {
        Map<String, java.util.function.Supplier<MediationCase>> states = new java.util.LinkedHashMap<>();
        states.put("REGISTERED", MediationCaseTest::registered);
        states.put("ACCEPTED", () -> {
            MediationCase c = registered();
            c.accept(RECEIVED, TODAY, null, Set.of(MEDIATOR), null, null);
            return c;
        });
        states.put("MEDIATING", MediationCaseTest::mediating);
        states.put("DECLINED", () -> {
            MediationCase c = registered();
            c.decline(RECEIVED, TODAY, null, "不属于调解范围", null);
            return c;
        });
        states.put("FAILED", () -> {
            MediationCase c = mediating();
            c.fail(null, TODAY, "破裂", null);
            return c;
        });
        states.put("AGREEMENT_REACHED", () -> agreed(AgreementForm.WRITTEN));
        states.put("ARCHIVED", () -> {
            MediationCase c = agreed(AgreementForm.ORAL);
            c.archive(null, TODAY, null);
            return c;
        });
        Map<CaseAction, Consumer<MediationCase>> actions = new java.util.LinkedHashMap<>();
        actions.put(CaseAction.ACCEPT, c -> c.accept(null, TODAY, null, Set.of(MEDIATOR), null, null));
        actions.put(CaseAction.DECLINE, c -> c.decline(null, TODAY, null, "理由", null));
        actions.put(CaseAction.SESSION, c -> c.startSession(null, TODAY, "调解室", "记录", false, false, null, List.of()));
        actions.put(CaseAction.ESCALATION_REPORT, c -> c.reportEscalation(null, TODAY, "派出所", null));
        actions.put(CaseAction.AGREEMENT, c -> c.recordAgreement(AgreementForm.ORAL, "和解", null, null, null, TODAY));
        actions.put(CaseAction.FAIL, c -> c.fail(null, TODAY, "破裂", null));
        actions.put(CaseAction.PERFORMANCE, c -> c.recordPerformance(PerformanceResult.PERFORMED, null, TODAY, null));
        actions.put(CaseAction.JUDICIAL_CONFIRMATION, c -> c.applyJudicialConfirmation(null, null, TODAY, "法院"));
        actions.put(CaseAction.FOLLOW_UP, c -> c.followUp(null, TODAY, FollowUpMethod.PHONE, null, "回访", true));
        actions.put(CaseAction.ARCHIVE, c -> c.archive(null, TODAY, null));
        int refused = 0;
        for (var state : states.entrySet()) {
            List<CaseAction> allowed = state.getValue().get().allowedCaseActions();
            for (var action : actions.entrySet()) {
                MediationCase c = state.getValue().get();
                if (allowed.contains(action.getKey())) {
                    action.getValue().accept(c);
                } else {
                    refused++;
                    assertThatThrownBy(() -> action.getValue().accept(c))
                            .as("%s in %s", action.getKey(), state.getKey())
                            .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                                assertThat(e.properties()).containsEntry("currentState", state.getKey());
                                assertThat(e.properties().get("allowedActions"))
                                        .isEqualTo(allowed.stream().map(CaseAction::path).toList());
                            });
                    assertThat(c.getStatus().name()).isEqualTo(state.getKey());
                }
            }
        }
        assertThat(refused).isGreaterThan(40);
    }

    private static List<FieldErrorDetail> fieldErrors(Runnable step) {
        try {
            step.run();
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected a ValidationException");
    }
}
