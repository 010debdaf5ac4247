package cn.sifa.core.notification;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

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

    private final NotificationRepository notifications;
    private final OrganizationHeads heads;
    private final Clock clock;

    public InAppNotifications(NotificationRepository notifications, OrganizationHeads heads, Clock clock) {
        this.notifications = notifications;
        this.heads = heads;
        this.clock = clock;
    }

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
