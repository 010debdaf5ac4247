package cn.sifa.legalaid.aidcase;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.SifaException;

/**
 * 400 {@code conflict-unconfirmed}: the conflict check found something and the assignment did not confirm it
 * ({@code conflictCheck.confirmed = true}). The problem carries the check, findings included, for the assigner to judge.
 */
class ConflictUnconfirmedException extends SifaException {

    private final transient ConflictCheckView check;

    ConflictUnconfirmedException(ConflictCheckView check) {
        super(HttpStatus.BAD_REQUEST, "conflict-unconfirmed", "利益冲突审查发现线索,须核实确认",
                "利益冲突审查发现 " + check.findings().size() + " 项线索:请核实后确认指派(conflictCheck.confirmed=true)或另行指派");
        this.check = check;
    }

    @Override
    public List<FieldErrorDetail> fieldErrors() {
        return List.of(new FieldErrorDetail("conflictCheck.confirmed", "conflict-unconfirmed", getMessage()));
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("conflictCheck", check);
    }
}
