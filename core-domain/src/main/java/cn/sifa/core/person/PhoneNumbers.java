package cn.sifa.core.person;

/** Phone numbers as lists show them: masked, {@code 138****8000}; the full number only in a record's detail. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Keeps the first three and the last four characters; shorter numbers are masked but for the last two. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.trim();
        if (p.length() >= 8) {
            return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
        }
        return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
    }
}
