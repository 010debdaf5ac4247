package cn.sifa.core.notification;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.web.PageView;

/**
 * Notifications stored for the portal's bell. Written in the caller's transaction, so a notification about a
 * step exists exactly when the step was committed.
 */
@Service
@Transactional
public class InAppNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(InAppNotifications.class);

    private final NotificationRepository notifications;
    private final OrganizationHeads heads;
    private final Recipients recipients;
    private final Clock clock;

    @Autowired
    public InAppNotifications(NotificationRepository notifications, OrganizationHeads heads, Recipients recipients,
                              Clock clock) {
        this.notifications = notifications;
        this.heads = heads;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Without a user directory: notifications about a record reach nobody. */
    public InAppNotifications(NotificationRepository notifications, OrganizationHeads heads, Clock clock) {
        this(notifications, heads, NO_RECIPIENTS, clock);
    }

    private static final Recipients NO_RECIPIENTS = new Recipients() {
        @Override
        public Optional<String> divisionOfUser(String subject) {
            return Optional.empty();
        }

        @Override
        public Optional<String> divisionOfOrganization(UUID organizationId) {
            return Optional.empty();
        }
    };

    @Override
    public void notify(String recipientSubject, String title, String body, String link) {
        if (recipientSubject == null || recipientSubject.isBlank()) {
            throw new IllegalArgumentException("recipient is required");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        notifications.save(new Notification(recipientSubject, title, body, link, clock.instant()));
    }

    @Override
    public void notifyOrganizationHeads(UUID organizationId, String title, String body, String link) {
        if (organizationId == null) {
            return;
        }
        // A head who is also listed twice (two roles) gets one message.
        new LinkedHashSet<>(heads.subjectsOf(organizationId)).forEach(subject -> notify(subject, title, body, link));
    }

    @Override
    public boolean notifyAbout(String recordDivision, String recipientSubject, String title, String body, String link) {
        if (recordDivision == null || !recipients.mayOpen(recipientSubject, recordDivision)) {
            // Not a user who may open the record (another division, or unknown): telling them would leak it.
            log.debug("Notification to {} about a record of {} not sent: outside the recipient's division",
                    recipientSubject, recordDivision);
            return false;
        }
        notify(recipientSubject, title, body, link);
        return true;
    }

    @Override
    public void notifyOrganizationHeadsAbout(String recordDivision, UUID organizationId, String title, String body,
                                             String link) {
        if (organizationId == null) {
            return;
        }
        new LinkedHashSet<>(heads.subjectsOf(organizationId))
                .forEach(subject -> notifyAbout(recordDivision, subject, title, body, link));
    }

    /** The recipient's own notifications, unread first, newest first. */
    @Transactional(readOnly = true)
    public NotificationPage inbox(String recipient, boolean unreadOnly, Pageable pageable) {
        PageView<NotificationView> page = PageView.of(
                notifications.findAll(NotificationRepository.inboxOf(recipient, unreadOnly), pageable), NotificationView::of);
        return new NotificationPage(page.content(), page.page(), notifications.countByRecipientAndReadAtIsNull(recipient));
    }

    /** Someone else's notification is answered like a missing one. */
    public NotificationView markRead(String recipient, UUID id) {
        Notification n = notifications.findByIdAndRecipient(id, recipient)
                .orElseThrow(() -> new NotFoundException("通知", id));
        n.markRead(clock.instant());
        return NotificationView.of(n);
    }

    public int markAllRead(String recipient) {
        List<Notification> unread = notifications.findByRecipientAndReadAtIsNull(recipient);
        java.time.Instant now = clock.instant();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }
}
