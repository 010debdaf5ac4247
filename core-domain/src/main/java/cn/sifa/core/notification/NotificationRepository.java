package cn.sifa.core.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

// Derived queries and specifications only: string JPQL costs every application seconds of parsing at start-up.
public interface NotificationRepository extends JpaRepository<Notification, UUID>, JpaSpecificationExecutor<Notification> {

    long countByRecipientAndReadAtIsNull(String recipient);

    Optional<Notification> findByIdAndRecipient(UUID id, String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    /** A recipient's notifications (unread only, if asked), unread first, newest first within each group. */
    static Specification<Notification> inboxOf(String recipient, boolean unreadOnly) {
        return (root, query, cb) -> {
            Predicate mine = cb.equal(root.get("recipient"), recipient);
            // Not on the count query that paging runs with the same specification.
            if (query != null && !Long.class.equals(query.getResultType())) {
                query.orderBy(cb.asc(cb.selectCase().when(cb.isNull(root.get("readAt")), 0).otherwise(1)),
                        cb.desc(root.get("createdAt")), cb.asc(root.get("id")));
            }
            return unreadOnly ? cb.and(mine, cb.isNull(root.get("readAt"))) : mine;
        };
    }
}
