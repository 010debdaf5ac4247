package cn.sifa.core.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to one user. Not division-scoped: it belongs to its recipient, and only they can read it. */
@Entity
@Table(name = "core_notification")
class Notification {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 2000;

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = BODY_MAX)
    private String body;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, String title, String body, String link, Instant createdAt) {
        this.recipient = recipient;
        this.title = cut(title, TITLE_MAX);
        this.body = cut(body, BODY_MAX);
        this.link = link;
        this.createdAt = createdAt;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Idempotent: the first reading time stays. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    UUID getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
