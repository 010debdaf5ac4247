package cn.sifa.core.error;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that is well-formed JSON but breaks a rule (date order, check digit, unknown reference). */
public class ValidationException extends SifaException {

    private final List<FieldErrorDetail> errors;

    public ValidationException(List<FieldErrorDetail> errors) {
        super(HttpStatus.BAD_REQUEST, "validation", "输入数据不合法", summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String code, String message) {
        return new ValidationException(List.of(new FieldErrorDetail(field, code, message)));
    }

    private static String summary(List<FieldErrorDetail> errors) {
        return errors.isEmpty() ? "输入数据不合法" : errors.get(0).message() + (errors.size() > 1 ? " 等 " + errors.size() + " 处错误" : "");
    }

    @Override
    public List<FieldErrorDetail> fieldErrors() {
        return errors;
    }

    /** Collects field errors so that every invalid field is reported at once. */
    public static final class Collector {
        private final List<FieldErrorDetail> errors = new ArrayList<>();

        public Collector add(String field, String code, String message) {
            errors.add(new FieldErrorDetail(field, code, message));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public List<FieldErrorDetail> errors() {
            return List.copyOf(errors);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
