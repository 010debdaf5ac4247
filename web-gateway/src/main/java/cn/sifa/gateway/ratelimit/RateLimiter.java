package cn.sifa.gateway.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.sifa.core.error.Problems;
import cn.sifa.core.error.SifaException;
import cn.sifa.core.error.ProblemWriter;
import cn.sifa.gateway.calllog.CallerTagFilter;

/**
 * One token bucket per caller (client id or username; the IP address for anonymous requests such as logins, and
 * per IP address ahead of the token endpoint's client authentication, see {@link #beforeAuthentication()}),
 * refilled at {@code sifa.rate-limit.requests-per-second} up to {@code sifa.rate-limit.burst}. Over the limit the
 * answer is 429 problem+json with {@code Retry-After} in whole seconds. Buckets live in this instance's memory
 * (evicted after 10 idle minutes), so with N gateway instances a caller's effective limit is up to N times higher.
 */
@Component
public class RateLimiter {

    private final boolean enabled;
    private final long perSecond;
    private final long burst;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    public RateLimiter(@Value("${sifa.rate-limit.enabled:true}") boolean enabled,
                       @Value("${sifa.rate-limit.requests-per-second:50}") long perSecond,
                       @Value("${sifa.rate-limit.burst:100}") long burst) {
        this.enabled = enabled;
        this.perSecond = perSecond;
        this.burst = Math.max(burst, 1);
    }

    /** A new filter instance for a security chain (placed after the caller is known). */
    public Filter filter() {
        return filter(RateLimiter::keyOf);
    }

    /**
     * A new filter keyed by the client address alone, for a chain's requests before anyone is authenticated: the
     * token endpoint, where every wrong client secret would otherwise cost a password-hash check unlimited (a failed
     * client authentication is answered before {@link #filter()} runs). Its buckets are apart from the anonymous
     * callers' of the API.
     */
    public Filter beforeAuthentication() {
        return filter(request -> "token-ip:" + request.getRemoteAddr());
    }

    private Filter filter(java.util.function.Function<HttpServletRequest, String> key) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!enabled) {
                    chain.doFilter(request, response);
                    return;
                }
                ConsumptionProbe probe = bucketFor(key.apply(request)).tryConsumeAndReturnRemaining(1);
                if (probe.isConsumed()) {
                    response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
                    chain.doFilter(request, response);
                    return;
                }
                long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, URI.create(SifaException.TYPE_BASE + "rate-limited"),
                        "请求过于频繁", "请求过于频繁,请于 " + retryAfter + " 秒后重试", request);
                ProblemWriter.write(response, problem);
            }
        };
    }

    private Bucket bucketFor(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(Math.max(perSecond, 1), Duration.ofSeconds(1)).build())
                .build());
    }

    static String keyOf(HttpServletRequest request) {
        CallerTagFilter.Caller caller = CallerTagFilter.of(request);
        return caller != null ? caller.kind() + ":" + caller.subject() : "ip:" + request.getRemoteAddr();
    }
}
