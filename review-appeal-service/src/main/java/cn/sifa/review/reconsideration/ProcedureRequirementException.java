package cn.sifa.review.reconsideration;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.SifaException;

/**
 * A merits decision refused because a mandatory step of the procedure has not happened: the 行政复议委员会
 * consultation (第52条) or the hearing (第50条). 400 {@code https://sifa.cn/problems/procedure-requirement-unmet},
 * with one {@code errors[]} entry per missing step ({@code committee-consultation-required}, {@code hearing-required}).
 */
public class ProcedureRequirementException extends SifaException {

    private final List<FieldErrorDetail> errors;

    ProcedureRequirementException(List<FieldErrorDetail> errors) {
        super(HttpStatus.BAD_REQUEST, "procedure-requirement-unmet", "法定程序未履行",
                errors.get(0).message() + (errors.size() > 1 ? " 等 " + errors.size() + " 项" : ""));
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldErrorDetail> fieldErrors() {
        return errors;
    }
}
