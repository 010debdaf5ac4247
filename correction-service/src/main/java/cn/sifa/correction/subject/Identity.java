package cn.sifa.correction.subject;

import java.util.Set;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.security.Permissions;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;

/**
 * Who sees a correction record's identity fields (ID number, phone, a minor's name) in full. Lists always mask; a
 * detail shows them to correction staff (and the system) only, and a minor's only to correction staff of the
 * record's own division holding the explicit scope {@value #MINORS_SCOPE} (社区矫正法第五十四条: identity kept
 * confidential). Every full read is written to the audit log by the service that answers it.
 */
public final class Identity {

    /** The explicit permission to open a minor's identity. */
    public static final String MINORS_SCOPE = "correction.minors";
    /** The audit action of every full read of a correction record. */
    public static final String FULL_READ = "correction.full-read";

    private static final Set<Role> FULL_ROLES = Set.of(Role.CORRECTION_STAFF);

    private Identity() {
    }

    public static boolean seesFull(SifaPrincipal caller, String recordDivision, boolean minor) {
        if (caller.kind() == SifaPrincipal.Kind.SYSTEM) {
            return true;
        }
        boolean staff = caller.roles().stream().anyMatch(FULL_ROLES::contains);
        if (!minor) {
            return staff;
        }
        return staff && Permissions.allows(caller, Set.of(), Set.of(MINORS_SCOPE)) && recordDivision.equals(caller.divisionCode());
    }

    public static String idNumber(String number, boolean full) {
        return full ? number : CitizenId.mask(number);
    }

    /** 138****8000. */
    public static String phone(String phone, boolean full) {
        if (phone == null || full || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** A minor's name is itself an identity field: 张* outside the permission. */
    public static String name(String name, boolean minor, boolean full) {
        return !minor || full || name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
