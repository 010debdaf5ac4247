package cn.sifa.core.person;

import cn.sifa.core.error.ValidationException;

/**
 * An edit form sends back what the detail showed, and a detail may show an ID number or phone masked. A masked value
 * equal to the mask of the stored value keeps the stored value; any other masked value (a new record, or stars that
 * do not match) is refused with error code {@code masked}, so a full number is never overwritten with stars.
 */
public final class MaskedEdits {

    private MaskedEdits() {
    }

    /** The ID number to store for {@code sent} (trimmed, upper case), or {@code sent} itself after an error was added. */
    public static String idNumber(String sent, String stored, String field, ValidationException.Collector errors) {
        String value = sent == null || sent.isBlank() ? null : sent.trim().toUpperCase();
        return resolve(value, stored, stored == null ? null : CitizenId.mask(stored), field, "请填写完整的身份证号码", errors);
    }

    /** The phone to store for {@code sent} (trimmed), or {@code sent} itself after an error was added. */
    public static String phone(String sent, String stored, String field, ValidationException.Collector errors) {
        String value = sent == null || sent.isBlank() ? null : sent.trim();
        return resolve(value, stored, stored == null ? null : Phone.mask(stored), field, "请填写完整的联系电话", errors);
    }

    private static String resolve(String value, String stored, String storedMasked, String field, String message,
            ValidationException.Collector errors) {
        if (value == null || !value.contains("*")) {
            return value;
        }
        if (storedMasked != null && storedMasked.equals(value)) {
            return stored;
        }
        errors.add(field, "masked", message);
        return value;
    }
}
