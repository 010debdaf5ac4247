package cn.sifa.core.deadline;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.sifa.core.audit.AuditLog;
import cn.sifa.core.division.DivisionCodes;
import cn.sifa.core.division.DivisionLevel;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/** Which rule applies to a record (its province's override, else the national default), and overrides. */
@Component
public class DeadlineRules {

    /** Transaction resource key of the rules resolved in the current transaction. */
    private static final Object RESOLVED = new Object();

    private final DeadlineRuleRepository rules;
    private final DivisionRepository divisions;
    private final ObjectProvider<AuditLog> audit;
    private final Clock clock;

    DeadlineRules(DeadlineRuleRepository rules, DivisionRepository divisions, ObjectProvider<AuditLog> audit, Clock clock) {
        this.rules = rules;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The rule for a record in {@code divisionCode}. An unknown code is a programming error (the service's
     * migration did not insert its rule), not bad input, hence {@link IllegalStateException}.
     */
    @Transactional(readOnly = true)
    public DeadlineRule resolve(String code, String divisionCode) {
        String province = provinceOf(divisionCode);
        Map<String, DeadlineRule> resolved = resolvedInThisTransaction();
        if (resolved == null) {
            return lookUp(code, province);
        }
        return resolved.computeIfAbsent(code + "/" + province, key -> lookUp(code, province));
    }

    /**
     * The rules resolved in the current transaction. A transaction that opens many deadlines (a batch, the demo
     * seeder) reads each rule once; nothing outlives the transaction, so an override saved meanwhile by another
     * JVM is seen by the next transaction, as without the cache.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, DeadlineRule> resolvedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, DeadlineRule> resolved = (Map<String, DeadlineRule>) TransactionSynchronizationManager.getResource(RESOLVED);
        if (resolved == null) {
            Map<String, DeadlineRule> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOLVED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOLVED);
                }
            });
            resolved = fresh;
        }
        return resolved;
    }

    private static void forgetResolved() {
        Map<String, DeadlineRule> resolved = resolvedInThisTransaction();
        if (resolved != null) {
            resolved.clear();
        }
    }

    private DeadlineRule lookUp(String code, String province) {
        Optional<DeadlineRule> override = province == null ? Optional.empty() : rules.findByCodeAndProvinceCode(code, province);
        return override.or(() -> rules.findByCodeAndProvinceCodeIsNull(code))
                .orElseThrow(() -> new IllegalStateException("未定义的期限规则 " + code
                        + ":请在该服务的迁移脚本中向 core_deadline_rule 插入全国默认规则"));
    }

    /** Province code PP0000 of a division code; null if malformed. */
    static String provinceOf(String divisionCode) {
        return DivisionCodes.isWellFormed(divisionCode) ? divisionCode.substring(0, 2) + "0000" : null;
    }

    /**
     * Sets a province's override of a rule (creating it if needed). Deadlines already open keep their dates;
     * the override applies to deadlines opened from now on.
     *
     * @return the override and whether it was created
     */
    @Transactional
    public OverrideResult setProvinceOverride(String code, String provinceCode, int amount, DeadlineUnit unit, String basis,
                                        String label, String anchorEvent, String ifMatch) {
        DeadlineRule national = rules.findByCodeAndProvinceCodeIsNull(code)
                .orElseThrow(() -> new NotFoundException("期限规则", code));
        checkProvince(provinceCode);
        Optional<DeadlineRule> existing = rules.findByCodeAndProvinceCode(code, provinceCode);
        existing.ifPresent(rule -> cn.sifa.core.web.Etags.checkIfMatch(ifMatch, rule.getVersion()));
        DeadlineRule rule = existing.orElseGet(() -> DeadlineRule.overrideOf(national, provinceCode));
        SifaPrincipal caller = CurrentCaller.get();
        rule.change(amount, unit, basis, label, anchorEvent, caller.subject(), clock.instant());
        DeadlineRule saved = rules.saveAndFlush(rule);
        forgetResolved();
        audit.ifAvailable(a -> a.record("deadline-rule.override", "deadline-rule", code + "/" + provinceCode, provinceCode,
                amount + " " + unit.label() + ",依据 " + basis));
        return new OverrideResult(saved, existing.isEmpty());
    }

    @Transactional
    public void removeProvinceOverride(String code, String provinceCode) {
        checkProvince(provinceCode);
        DeadlineRule rule = rules.findByCodeAndProvinceCode(code, provinceCode)
                .orElseThrow(() -> new NotFoundException("期限规则的省级设置", code + "/" + provinceCode));
        rules.delete(rule);
        forgetResolved();
        audit.ifAvailable(a -> a.record("deadline-rule.override-removed", "deadline-rule", code + "/" + provinceCode,
                provinceCode, "恢复全国默认规则"));
    }

    private void checkProvince(String provinceCode) {
        if (!DivisionCodes.isWellFormed(provinceCode) || DivisionCodes.levelOf(provinceCode) != DivisionLevel.PROVINCE
                || !divisions.existsById(provinceCode)) {
            throw ValidationException.of("provinceCode", "unknown-province", "省级行政区划代码 " + provinceCode + " 不存在");
        }
    }

    public record OverrideResult(DeadlineRule rule, boolean created) {
    }
}
