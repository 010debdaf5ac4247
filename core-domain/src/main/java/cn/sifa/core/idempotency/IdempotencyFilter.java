package cn.sifa.core.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.ProblemWriter;
import cn.sifa.core.error.Problems;
import cn.sifa.core.error.SifaException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

/**
 * CONVENTIONS "Idempotency-Key": a {@code POST} under {@code /api/} carrying the header is answered once. The
 * first request claims (caller, key) with the SHA-256 of method, path and body; its answer (2xx or 4xx) is stored
 * in the same transaction as its writes and replayed for a repeat with the same body within the retention period,
 * with {@code Idempotent-Replayed: true}, writing nothing. The same key with another body answers 409
 * {@code idempotency-key-reused}; a repeat while the first is still running answers 409
 * {@code idempotency-key-in-flight}. A 5xx or an exception rolls the request back and leaves the key free.
 * Registered after Spring Security's chain so that the caller is known; keys are per caller.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** Largest non-multipart body buffered for hashing; multipart uploads are hashed part by part instead. */
    static final int MAX_BODY = 8 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    /** Always a new transaction: a filter runs before any the request could have. */
    private static final TransactionDefinition REQUEST_TRANSACTION =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    private final IdempotencyStore store;
    private final Duration retention;
    private final PlatformTransactionManager transactions;
    /** Looked up when needed: filters are built before Spring MVC's beans. */
    private final ObjectProvider<HandlerExceptionResolver> exceptionResolver;

    IdempotencyFilter(IdempotencyStore store, Duration retention, PlatformTransactionManager transactions,
                      ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        this.store = store;
        this.retention = retention;
        this.transactions = transactions;
        this.exceptionResolver = exceptionResolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!isValidKey(key)) {
            problem(request, response, HttpStatus.BAD_REQUEST, "validation", "输入数据不合法",
                    "Idempotency-Key 应为 1 到 64 个可见 ASCII 字符",
                    Map.of("errors", List.of(new FieldErrorDetail(HEADER, "invalid-idempotency-key",
                            "Idempotency-Key 应为 1 到 64 个可见 ASCII 字符"))));
            return;
        }
        SifaPrincipal caller = CurrentCaller.find().orElse(null);
        if (caller == null) {
            // Not authenticated: the endpoint itself decides (401 or public); nothing to remember per caller.
            chain.doFilter(request, response);
            return;
        }
        String owner = caller.kind().name() + ":" + caller.subject();
        HttpServletRequest body = request;
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + "\n" + request.getRequestURI() + "?" + nullToEmpty(request.getQueryString()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (isMultipart(request)) {
            if (!digestMultipart(request, digest)) {
                // The upload cannot be parsed (too large, malformed): let the endpoint answer its 400/413 itself.
                chain.doFilter(request, response);
                return;
            }
        } else if (isForm(request)) {
            new TreeMap<>(request.getParameterMap()).forEach((name, values) ->
                    digest.update((name + "=" + String.join(",", values) + "&").getBytes(StandardCharsets.UTF_8)));
        } else {
            // The body is held in memory to be hashed and replayed to the endpoint: refuse what no JSON API needs.
            byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                problem(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "内容过大",
                        "带 Idempotency-Key 的请求体不能超过 " + MAX_BODY / (1024 * 1024) + " MB", Map.of());
                return;
            }
            digest.update(bytes);
            body = new CachedBodyRequest(request, bytes);
        }
        String hash = HexFormat.of().formatHex(digest.digest());

        store.purgeExpired(retention);
        TransactionStatus transaction = transactions.getTransaction(REQUEST_TRANSACTION);
        IdempotencyStore.Claim claim;
        try {
            claim = store.claim(owner, key, hash);
        } catch (RuntimeException e) {
            transactions.rollback(transaction);
            throw e;
        }
        if (claim.outcome() != IdempotencyStore.Outcome.CLAIMED) {
            transactions.rollback(transaction);
        }
        switch (claim.outcome()) {
            case REUSED -> problem(request, response, HttpStatus.CONFLICT, "idempotency-key-reused", "幂等键已被使用",
                    "Idempotency-Key " + key + " 已用于另一个不同的请求,请为新请求使用新的键", Map.of());
            case IN_FLIGHT -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problem(request, response, HttpStatus.CONFLICT, "idempotency-key-in-flight", "请求正在处理",
                        "使用 Idempotency-Key " + key + " 的相同请求正在处理中,请稍后重试", Map.of());
            }
            case REPLAY -> replay(claim.answer(), response);
            case CLAIMED -> execute(body, response, chain, transaction, owner, key, hash);
        }
    }

    /**
     * Runs the request inside the transaction that holds the claim; the services' own transactions join it. A 2xx or
     * 4xx answer is stored in that transaction and commits with the request's writes. A request that failed (5xx, an
     * exception, a transaction marked rollback-only) is rolled back whole; its 4xx answer, if any, is stored after.
     */
    private void execute(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                         TransactionStatus transaction, String owner, String key, String hash)
            throws IOException, ServletException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean open = true;
        try {
            chain.doFilter(request, captured);
            int status = captured.getStatus();
            boolean replayable = status >= 200 && status < 300 || status >= 400 && status < 500;
            IdempotencyStore.StoredAnswer answer = replayable ? new IdempotencyStore.StoredAnswer(status,
                    captured.getHeader(HttpHeaders.LOCATION), captured.getHeader(HttpHeaders.ETAG),
                    captured.getContentType(), captured.getContentAsByteArray()) : null;
            if (!replayable || transaction.isRollbackOnly()) {
                open = false;
                transactions.rollback(transaction);
                if (replayable) {
                    store.remember(owner, key, hash, request.getMethod(), request.getRequestURI(), answer);
                }
            } else {
                try {
                    transaction.flush(); // a write the database refuses fails here, before the answer is stored
                    store.remember(owner, key, hash, request.getMethod(), request.getRequestURI(), answer);
                    open = false;
                    transactions.commit(transaction);
                } catch (RuntimeException e) {
                    if (open) {
                        open = false;
                        transactions.rollback(transaction);
                    }
                    answerInstead(request, captured, e);
                }
            }
        } finally {
            if (open) {
                try {
                    transactions.rollback(transaction);
                } catch (RuntimeException e) {
                    log.warn("Could not roll back the request under Idempotency-Key {} of {}: {}", key, owner, e.toString());
                }
            }
            captured.copyBodyToResponse();
        }
    }

    /**
     * The request's answer was ready but its writes could not be committed (a conflicting update, the database gone):
     * the client gets the problem the handlers give for that failure instead, and nothing is remembered, so a retry
     * runs again; if the commit did happen after all, its stored answer is what the retry gets.
     */
    private void answerInstead(HttpServletRequest request, ContentCachingResponseWrapper captured, RuntimeException failure) {
        captured.resetBuffer();
        HandlerExceptionResolver resolver = exceptionResolver.getIfAvailable();
        if (resolver == null || resolver.resolveException(request, captured, null, failure) == null) {
            throw failure;
        }
    }

    private static void replay(IdempotencyStore.StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug,
                                String title, String detail, Map<String, Object> extra) throws IOException {
        ProblemDetail problem = Problems.of(status, URI.create(SifaException.TYPE_BASE + slug), title, detail, request);
        extra.forEach(problem::setProperty);
        ProblemWriter.write(response, problem);
    }

    /** 1 to 64 visible ASCII characters (0x21–0x7E). */
    static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 64) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /**
     * Hashes the parts, not the raw stream: the container parses and keeps them for the servlet, which could not
     * re-read a consumed stream. MockMvc's requests carry files instead of parts; both are handled.
     */
    private static boolean digestMultipart(HttpServletRequest request, MessageDigest digest) throws IOException {
        new TreeMap<>(request.getParameterMap()).forEach((name, values) ->
                digest.update((name + "=" + String.join(",", values) + "&").getBytes(StandardCharsets.UTF_8)));
        MultipartHttpServletRequest mock = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (mock != null) {
            MultiValueMap<String, MultipartFile> files = mock.getMultiFileMap();
            for (String name : new TreeMap<>(files).keySet()) {
                for (MultipartFile file : files.get(name)) {
                    digest.update((name + ":" + file.getOriginalFilename() + ":" + file.getContentType() + ":").getBytes(StandardCharsets.UTF_8));
                    digest.update(file.getBytes());
                }
            }
            return true;
        }
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null) {
                    continue; // a form field, already in the parameter map
                }
                digest.update((part.getName() + ":" + part.getSubmittedFileName() + ":" + part.getContentType() + ":")
                        .getBytes(StandardCharsets.UTF_8));
                try (InputStream in = part.getInputStream()) {
                    in.transferTo(new java.io.OutputStream() {
                        @Override
                        public void write(int b) {
                            digest.update((byte) b);
                        }

                        @Override
                        public void write(byte[] b, int off, int len) {
                            digest.update(b, off, len);
                        }
                    });
                }
            }
            return true;
        } catch (IllegalStateException | ServletException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The body, read once for the hash, served again to the endpoint. */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous body only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
