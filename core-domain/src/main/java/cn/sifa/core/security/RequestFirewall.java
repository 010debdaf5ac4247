package cn.sifa.core.security;

import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall}, every rule as it is, but with its checks of header names, header values
 * and parameter names (each character assigned and not a control character; a header value may also hold a tab) done
 * by a scan instead of a regular expression. Parameter values keep the firewall's own rule. The firewall checks a
 * header each time it is read, and the bearer token, about a kilobyte, is read several times per request: the
 * expressions were 9 % of a case lookup's CPU (issue 15 profile).
 */
@Configuration(proxyBeanMethods = false)
public class RequestFirewall {

    /** The firewall's rule for header and parameter names ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}), as a scan. */
    static final Predicate<String> NAMES = value -> assignedAndNotControl(value, false);
    /** Its rule for header values ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}), as a scan. */
    static final Predicate<String> HEADER_VALUES = value -> assignedAndNotControl(value, true);

    @Bean
    WebSecurityCustomizer strictFirewallWithoutRegex() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(HEADER_VALUES);
        firewall.setAllowedParameterNames(NAMES);
        return web -> web.httpFirewall(firewall);
    }

    static boolean assignedAndNotControl(String value, boolean tabAllowed) {
        for (int i = 0, n = value.length(); i < n; ) {
            char c = value.charAt(i);
            if ((c >= 0x20 && c < 0x7f) || (tabAllowed && c == '\t')) { // printable ASCII: all of a token, a cookie or a path
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
