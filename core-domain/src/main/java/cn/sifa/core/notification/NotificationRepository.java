package cn.sifa.core.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    /** Unread first, newest first within each group. */
    @Query(value = """
            select n from Notification n
            where n.recipient = :recipient and (:unreadOnly = false or n.readAt is null)
            order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id
            """,
            countQuery = """
            select count(n) from Notification n
            where n.recipient = :recipient and (:unreadOnly = false or n.readAt is null)
            """)
    Page<Notification> inboxOf(String recipient, boolean unreadOnly, Pageable pageable);

    long countByRecipientAndReadAtIsNull(String recipient);

    Optional<Notification> findByIdAndRecipient(UUID id, String recipient);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);
}
