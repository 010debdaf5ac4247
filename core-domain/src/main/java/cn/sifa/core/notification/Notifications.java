package cn.sifa.core.notification;

import java.util.UUID;

/** In-app notifications; {@code GET /api/core/v1/notifications} shows a user their own, unread first. */
public interface Notifications {

    /**
     * Stores one notification, with no record to check against. About a record, use {@link #notifyAbout}.
     *
     * @param link portal path to open, e.g. {@code /mediation/cases/<id>}; may be null
     */
    void notify(String recipientSubject, String title, String body, String link);

    /** Every user with {@code role} in the organization (e.g. the unit head); no-op if none. */
    void notifyOrganizationHeads(UUID organizationId, String title, String body, String link);

    /**
     * Tells {@code recipientSubject} about a record of {@code recordDivision}, but only if they may open it: a known
     * staff user whose division's subtree contains the record's division ({@link Recipients}). A notification never
     * crosses divisions.
     *
     * @return whether it was sent
     */
    boolean notifyAbout(String recordDivision, String recipientSubject, String title, String body, String link);

    /** {@link #notifyOrganizationHeads} limited, head by head, to those who may open the record. */
    void notifyOrganizationHeadsAbout(String recordDivision, UUID organizationId, String title, String body, String link);
}
