package cn.sifa.core.person;

/** A contact phone number as personal data: masked in lists and exports like {@link CitizenId#mask(String)}. */
public final class Phone {

    private Phone() {
    }

    /**
     * Masked for lists and exports: {@code 13800000001} → {@code 138****0001}, {@code 0731-84000000} →
     * {@code 073******0000}; numbers of 7 characters or fewer keep only their last two. Null and blank stay as they are.
     */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String value = phone.trim();
        if (value.length() <= 7) {
            return "*".repeat(Math.max(0, value.length() - 2)) + value.substring(Math.max(0, value.length() - 2));
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
