package cn.sifa.core.notification;

/** In-app notifications; {@code GET /api/core/v1/notifications} shows a user their own, unread first. */
public interface Notifications {

    /** @param link portal path to open, e.g. {@code /mediation/cases/<id>}; may be null */
    void notify(String recipientSubject, String title, String body, String link);

    /** Every user with {@code role} in the organization (e.g. the unit head); no-op if none. */
    void notifyOrganizationHeads(java.util.UUID organizationId, String title, String body, String link);
}
