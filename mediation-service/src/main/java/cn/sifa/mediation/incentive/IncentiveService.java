package cn.sifa.mediation.incentive;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.statistics.StatisticsPeriod;
import cn.sifa.core.web.Etags;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.mediation.incentive.IncentiveCalculator.MediatorIncentive;
import cn.sifa.mediation.incentive.IncentiveController.RuleRequest;
import cn.sifa.mediation.incentive.IncentiveController.RuleView;

/** Subsidy and credit-point rules and their computation: one transaction per request. */
@Service
@Transactional
class IncentiveService {

    private final IncentiveRules rules;
    private final IncentiveCalculator calculator;
    private final DivisionScope scope;
    private final Listing listing;
    private final Workflow workflow;

    IncentiveService(IncentiveRules rules, IncentiveCalculator calculator, DivisionScope scope, Listing listing, Workflow workflow) {
        this.rules = rules;
        this.calculator = calculator;
        this.scope = scope;
        this.listing = listing;
        this.workflow = workflow;
    }

    @Transactional(readOnly = true)
    ListPage<RuleView> list(Specification<IncentiveRule> spec, Pageable pageable) {
        return listing.page(IncentiveRule.class, spec, pageable, rows -> rows.stream().map(IncentiveController::view).toList());
    }

    IncentiveRule create(RuleRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        checkDates(r);
        return rules.saveAndFlush(new IncentiveRule(division, r.kind(), r.disputeType(), r.difficulty(), r.subsidyAmount(),
                r.creditPoints(), r.validFrom(), r.validTo(), r.note()));
    }

    IncentiveRule update(UUID id, String ifMatch, RuleRequest r) {
        IncentiveRule rule = rules.findById(id).orElseThrow(() -> new NotFoundException("补贴规则", id));
        Etags.checkIfMatch(ifMatch, rule.getVersion());
        checkDates(r);
        rule.update(r.disputeType(), r.difficulty(), r.subsidyAmount(), r.creditPoints(), r.validFrom(), r.validTo(), r.note());
        return rules.saveAndFlush(rule);
    }

    /** The period (core default: Jan 1 of {@code to}'s year .. today) and each mediator's subsidy and points in it. */
    @Transactional(readOnly = true)
    Computed compute(String divisionCode, java.time.LocalDate from, java.time.LocalDate to) {
        StatisticsPeriod period = StatisticsPeriod.of(from, to, workflow.today());
        return new Computed(period, calculator.compute(scope.narrowTo(divisionCode), period.from(), period.to()));
    }

    record Computed(StatisticsPeriod period, List<MediatorIncentive> rows) {
    }

    private static void checkDates(RuleRequest r) {
        if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            throw ValidationException.of("validTo", "date-order", "失效日期不能早于生效日期");
        }
    }
}
