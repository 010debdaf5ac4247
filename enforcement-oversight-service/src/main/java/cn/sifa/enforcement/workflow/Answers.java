package cn.sifa.enforcement.workflow;

import java.net.URI;

import org.springframework.http.ResponseEntity;

import cn.sifa.core.web.Etags;

/** 200/201 answers carrying the record's version as ETag (CONVENTIONS). */
public final class Answers {

    /** A view of one record: its version is the ETag. */
    public interface Versioned {
        long version();
    }

    private Answers() {
    }

    public static <T extends Versioned> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().eTag(Etags.of(body.version())).body(body);
    }

    public static <T extends Versioned> ResponseEntity<T> created(String location, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(Etags.of(body.version())).body(body);
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Etags.of(version)).body(body);
    }

    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(Etags.of(version)).body(body);
    }
}
