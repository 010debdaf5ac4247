package cn.sifa.gateway.demo;

import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the platform where it is and, in the demo profile, how to log in: the README's run
 * command ends with this block.
 */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final Environment environment;

    ReadyBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        StringBuilder text = new StringBuilder()
                .append("\n==================================================================\n")
                .append(String.format(" Sifa 司法 is ready after %.1f s (mode: %s)%n", seconds, environment.getProperty("sifa.mode", "standalone")))
                .append(" Portal:      http://localhost:").append(port).append("/\n")
                .append(" Swagger UI:  http://localhost:").append(port).append("/swagger-ui.html\n")
                .append(" Health:      http://localhost:").append(port).append("/actuator/health\n");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            text.append(" Demo logins (password ").append(DemoAccounts.PASSWORD).append("):\n");
            DemoAccounts.USERS.forEach(u -> text.append(String.format("   %-18s %s  %s  %s%n", u.username(), u.displayName(),
                    u.divisionCode(), u.roles().stream().map(r -> r.name()).sorted().collect(Collectors.joining("+")))));
            text.append(" Demo API clients (client-credentials at /oauth2/token):\n");
            DemoAccounts.CLIENTS.forEach(c -> text.append(String.format("   %-18s %-28s %s%n", c.clientId(), c.secret(), c.divisionCode())));
        }
        text.append("==================================================================");
        log.info("{}", text);
    }
}
