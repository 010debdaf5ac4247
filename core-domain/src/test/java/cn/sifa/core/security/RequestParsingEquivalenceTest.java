package cn.sifa.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The scans that replace two regular expressions on every request (issue 15) answer exactly as the expressions do:
 * the bearer token resolver as Spring's {@link DefaultBearerTokenResolver}, the firewall's checks of names and of header
 * values as {@code StrictHttpFirewall}'s default patterns (a header value may hold a tab), over hand-picked and random
 * inputs.
 */
class RequestParsingEquivalenceTest {

    private static final Pattern FIREWALL_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern FIREWALL_HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void theTokenResolverAnswersAsSpringsDefault() {
        List<String> headers = new ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER abc.def-ghi_jkl~mno+pqr/stu==",
                "Bearer", "Bearer ", "Bearer  abc", "Bearer abc def", "Bearer =", "Bearer abc=d", "Bearerabc",
                "Basic YWxhZGRpbjpvcGVuc2VzYW1l", "Token abc", "Bearer abc\t", "Bearer 令牌", "bearer\tabc", "Bearer abc=="));
        Random random = new Random(42);
        String alphabet = "aZ09-._~+/= \t令\u0001";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "Bearer " : random.nextBoolean() ? "bearer" : "");
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(b.toString());
        }
        headers.add(null);
        DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();
        HeaderBearerTokenResolver ours = new HeaderBearerTokenResolver();
        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/mediation/v1/cases");
            if (header != null) {
                request.addHeader("Authorization", header);
            }
            String expected;
            try {
                expected = spring.resolve(request);
            } catch (OAuth2AuthenticationException e) {
                assertThatThrownBy(() -> ours.resolve(request)).as(header).isInstanceOf(OAuth2AuthenticationException.class)
                        .extracting(t -> ((OAuth2AuthenticationException) t).getError().getErrorCode()).isEqualTo("invalid_token");
                continue;
            }
            assertThat(ours.resolve(request)).as(header).isEqualTo(expected);
        }
    }

    @Test
    void theFirewallCheckAnswersAsItsDefaultPattern() {
        List<String> values = new ArrayList<>(List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "张三",
                "a\u0000b", "\u007f", "\u0085", "\t", "a\tb", "\r\n", "😀", "\uD83D", "x\uDFFFy", "\u0378", "\uDB40\uDC01", "\uDB7F\uDFFD",
                "\u00a0", "\u200f", "\uFFFF"));
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                b.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
            }
            values.add(b.toString());
        }
        for (String value : values) {
            assertThat(RequestFirewall.NAMES.test(value)).as("name %s", value.codePoints().boxed().toList())
                    .isEqualTo(FIREWALL_NAMES.matcher(value).matches());
            assertThat(RequestFirewall.HEADER_VALUES.test(value)).as("header value %s", value.codePoints().boxed().toList())
                    .isEqualTo(FIREWALL_HEADER_VALUES.matcher(value).matches());
        }
    }
}
