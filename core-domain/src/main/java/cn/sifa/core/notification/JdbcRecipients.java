package cn.sifa.core.notification;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.security.CurrentCaller;

/**
 * {@link Recipients} over the shared tables: {@code core_user} (created by the gateway's migration, present in every
 * application's schema) and {@code core_organization}. Plain JDBC on purpose: the lookup is about the recipient, not
 * the caller, so the caller's division-scope filter must not hide a user of another division; for the same reason it
 * is platform work under row-level security.
 */
@Component
class JdbcRecipients implements Recipients {

    private final JdbcTemplate jdbc;

    JdbcRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> divisionOfUser(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        return CurrentCaller.runAsSystem(() -> jdbc.queryForList("select division_code from core_user where username = ?",
                String.class, subject).stream().findFirst());
    }

    @Override
    public Optional<String> displayNameOf(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        return CurrentCaller.runAsSystem(() -> jdbc.queryForList("select display_name from core_user where username = ?",
                String.class, subject).stream().findFirst());
    }

    @Override
    public Optional<String> divisionOfOrganization(UUID organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        return CurrentCaller.runAsSystem(() -> jdbc.queryForList("select division_code from core_organization where id = ?",
                String.class, organizationId).stream().findFirst());
    }
}
