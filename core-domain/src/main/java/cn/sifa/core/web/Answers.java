package cn.sifa.core.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;


/** 200/201 answers of a versioned record, carrying its version as ETag (CONVENTIONS): one way for every controller. */
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
