package cn.sifa.core.error;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Base of every domain failure. Domain code throws these; the {@link ProblemTranslator} turns them into
 * RFC 9457 answers with a stable {@code type} URI. Domain code never builds HTTP answers itself.
 */
public abstract class SifaException extends RuntimeException {

    public static final String TYPE_BASE = "https://sifa.cn/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    protected SifaException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public String title() {
        return title;
    }

    public List<FieldErrorDetail> fieldErrors() {
        return List.of();
    }

    /** Extra members of the problem document. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
