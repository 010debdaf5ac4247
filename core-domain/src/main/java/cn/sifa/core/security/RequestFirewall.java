package cn.sifa.core.security;

import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall}, every rule as it is, but with the check of header and parameter
 * names and values (each character assigned and not a control character) done by a scan instead of a regular
 * expression. The firewall checks a header each time it is read, and the bearer token, about a kilobyte, is read
 * several times per request: the expression was 9 % of a case lookup's CPU (issue 15 profile).
 */
@Configuration(proxyBeanMethods = false)
public class RequestFirewall {

    /** The firewall's default rule for names and values ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}), as a scan. */
    static final Predicate<String> ASSIGNED_AND_NOT_CONTROL = RequestFirewall::assignedAndNotControl;

    @Bean
    WebSecurityCustomizer strictFirewallWithoutRegex() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedHeaderValues(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedParameterNames(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedParameterValues(ASSIGNED_AND_NOT_CONTROL);
        return web -> web.httpFirewall(firewall);
    }

    static boolean assignedAndNotControl(String value) {
        for (int i = 0, n = value.length(); i < n; ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII, all of a token, a cookie or a path
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
