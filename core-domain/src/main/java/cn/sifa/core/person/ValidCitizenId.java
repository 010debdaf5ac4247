package cn.sifa.core.person;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A GB 11643 citizen ID (null passes; combine with @NotBlank when required). Error code {@code valid-citizen-id}.
 * With {@code allowMasked}, a value with stars also passes: an edit that sends back the masked number its detail showed,
 * which the service resolves against the stored one ({@link MaskedEdits}).
 */
@Documented
@Constraint(validatedBy = ValidCitizenId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCitizenId {

    String message() default "身份证号码无效";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether a masked value (with stars, at most 18 characters) passes, for the service to resolve. */
    boolean allowMasked() default false;

    class Validator implements ConstraintValidator<ValidCitizenId, String> {
        private boolean allowMasked;

        @Override
        public void initialize(ValidCitizenId annotation) {
            allowMasked = annotation.allowMasked();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            if (allowMasked && value.contains("*") && value.trim().length() <= 18) {
                return true;
            }
            try {
                CitizenId.parse(value);
                return true;
            } catch (IllegalArgumentException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.getMessage()).addConstraintViolation();
                return false;
            }
        }
    }
}
