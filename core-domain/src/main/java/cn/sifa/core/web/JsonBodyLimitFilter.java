package cn.sifa.core.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.sifa.core.error.ProblemWriter;
import cn.sifa.core.error.Problems;

/**
 * CONVENTIONS "413 body too large" for JSON: a request body under {@code /api/} that is not a multipart upload
 * (every other body of the platform is JSON) may carry at most {@code sifa.json.max-body-size} (default 1 MB), or
 * the limit a module declares for a path with a {@link JsonBodyLimit} bean. Over it the answer is 413
 * {@code payload-too-large}, before anything is parsed or written:
 * <ul>
 *   <li>a declared {@code Content-Length} over the limit is refused without reading the body;</li>
 *   <li>a body without a length (chunked) is counted while it is read, and reading past the limit fails with
 *       {@link BodyTooLargeException}, which this filter (or {@code ProblemTranslator}, when Spring MVC's JSON reader
 *       hit it) turns into the 413. Nothing holds the whole body in memory for this check.</li>
 * </ul>
 * Multipart uploads keep their own limits ({@code sifa.attachments.max-size}). Runs ahead of Spring Security, so an
 * oversized body costs neither a token check nor a database call.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class JsonBodyLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    /** (prefix, bytes or -1), longest prefix first. */
    private final List<Map.Entry<String, Long>> overrides;

    public JsonBodyLimitFilter(@Value("${sifa.json.max-body-size:1MB}") DataSize defaultLimit,
                               ObjectProvider<JsonBodyLimit> overrides) {
        this.defaultLimit = defaultLimit.toBytes();
        this.overrides = overrides.orderedStream()
                .flatMap(limit -> limit.pathPrefixes().stream().map(prefix ->
                        Map.entry(prefix, limit.maxSize() == null ? -1L : limit.maxSize().toBytes())))
                .sorted(Comparator.comparingInt((Map.Entry<String, Long> e) -> e.getKey().length()).reversed())
                .toList();
    }

    /** The limit in bytes for a path, or -1 when bodies there are not limited in this process. */
    public long limitFor(String path) {
        for (Map.Entry<String, Long> limit : overrides) {
            if (path.startsWith(limit.getKey())) {
                return limit.getValue();
            }
        }
        return defaultLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return true;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return true;
        }
        return !pathOf(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(pathOf(request));
        if (limit < 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException ex) {
            if (BodyTooLargeException.in(ex) && !response.isCommitted()) {
                response.resetBuffer();
                refuse(request, response, limit);
                return;
            }
            throw ex;
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        // Whatever the client still sends is Tomcat's to swallow (up to server.tomcat.max-swallow-size) or cut off.
        ProblemWriter.write(response, Problems.forStatus(413, BodyTooLargeException.detail(limit), request));
    }

    /** Reading past the limit: thrown by the counting stream, found again in whatever wraps it. */
    public static final class BodyTooLargeException extends IOException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }

        public static String detail(long limit) {
            return limit % (1024 * 1024) == 0 ? "请求体不能超过 " + limit / (1024 * 1024) + " MB"
                    : "请求体不能超过 " + limit + " 字节";
        }

        /** The exception itself or one of its causes, or null. */
        public static BodyTooLargeException find(Throwable ex) {
            for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BodyTooLargeException tooLarge) {
                    return tooLarge;
                }
            }
            return null;
        }

        static boolean in(Throwable ex) {
            return find(ex) != null;
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void add(long n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
