package cn.sifa.core.person;

import java.util.Set;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;

/**
 * The one rule for personal data in answers (ID numbers, phones): lists and exports always show them masked
 * ({@link CitizenId#mask}, {@link Phone#mask}); a record's detail shows them in full only to the platform itself and to
 * the roles a service names as needing them, and the service records that read in the audit log
 * ({@link #READ_FULL_ID_NUMBER} when it holds an ID number, else {@link #READ_FULL_PHONE}).
 */
public final class PersonalData {

    /** Audit action of a detail read that showed a full ID number (and possibly phones). */
    public static final String READ_FULL_ID_NUMBER = "read-full-id-number";
    /** Audit action of a detail read that showed full phone numbers but no ID number. */
    public static final String READ_FULL_PHONE = "read-full-phone";

    private PersonalData() {
    }

    /** Whether the caller sees full values: the platform itself, or staff holding one of {@code roles}. */
    public static boolean seesFull(SifaPrincipal caller, Set<Role> roles) {
        return caller != null && (caller.kind() == SifaPrincipal.Kind.SYSTEM || caller.roles().stream().anyMatch(roles::contains));
    }

    public static String idNumber(String number, boolean full) {
        return full ? number : CitizenId.mask(number);
    }

    public static String phone(String phone, boolean full) {
        return full ? phone : Phone.mask(phone);
    }

    /** The audit action of a full read, or null when nothing full was shown. */
    public static String fullReadAction(boolean full, boolean anyIdNumber, boolean anyPhone) {
        if (!full) {
            return null;
        }
        return anyIdNumber ? READ_FULL_ID_NUMBER : anyPhone ? READ_FULL_PHONE : null;
    }
}
