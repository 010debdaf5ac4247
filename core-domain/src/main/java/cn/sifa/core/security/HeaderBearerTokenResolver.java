package cn.sifa.core.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The bearer token of the {@code Authorization} header (RFC 6750 §2.1: {@code Bearer b64token}), with the rules of
 * Spring's {@link DefaultBearerTokenResolver} as we configure it (header only, never a query or form parameter), read
 * by a scan of the characters instead of its regular expression: matching that expression against a JWT of about a
 * kilobyte was 6 % of a case lookup's CPU (issue 15 profile). No header, or another scheme: no token. A header that
 * says Bearer but whose token is malformed: 401 invalid_token, as before.
 */
public final class HeaderBearerTokenResolver implements BearerTokenResolver {

    private static final int PREFIX = "Bearer ".length();

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "bearer", 0, 6)) {
            return null;
        }
        int n = header.length();
        if (n <= PREFIX || header.charAt(PREFIX - 1) != ' ') {
            throw malformed();
        }
        int i = PREFIX;
        while (i < n && isTokenCharacter(header.charAt(i))) {
            i++;
        }
        if (i == PREFIX) {
            throw malformed();
        }
        while (i < n && header.charAt(i) == '=') {
            i++;
        }
        if (i != n) {
            throw malformed();
        }
        return header.substring(PREFIX);
    }

    /** b64token's characters: ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" (the padding "=" only at the end). */
    static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    private static OAuth2AuthenticationException malformed() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }
}
