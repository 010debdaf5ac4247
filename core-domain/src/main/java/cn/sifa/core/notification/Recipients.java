package cn.sifa.core.notification;

import java.util.Optional;
import java.util.UUID;

import cn.sifa.core.division.DivisionCodes;

/**
 * Who may be told about, or be assigned, a record: only someone who may open it, that is, whose division's subtree
 * contains the record's division. Staff accounts live in the gateway's {@code core_user}; core reads their division
 * through this interface ({@link JdbcRecipients}) and never depends on the gateway module.
 */
public interface Recipients {

    /** The division of the staff user {@code subject} (username); empty when no such user is known. */
    Optional<String> divisionOfUser(String subject);

    /** The division of an organization; empty when there is none with that id. */
    Optional<String> divisionOfOrganization(UUID organizationId);

    /** The staff user's name as people know them (李调解), for texts that name a handler; empty when unknown. */
    default Optional<String> displayNameOf(String subject) {
        return Optional.empty();
    }

    /** Whether {@code subject} is a known user who may open a record of {@code recordDivision}. */
    default boolean mayOpen(String subject, String recordDivision) {
        return divisionOfUser(subject).map(d -> DivisionCodes.isWithin(recordDivision, d)).orElse(false);
    }

    /**
     * Whether {@code subject} may not be assigned a record of {@code recordDivision}: a known user of another
     * division. An unknown subject is not refused here (it may be a client's own reference), but it is never notified.
     */
    default boolean outOfScope(String subject, String recordDivision) {
        return divisionOfUser(subject).map(d -> !DivisionCodes.isWithin(recordDivision, d)).orElse(false);
    }
}
