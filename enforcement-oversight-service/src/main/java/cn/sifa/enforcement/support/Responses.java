package cn.sifa.enforcement.support;

import java.net.URI;

import org.springframework.http.ResponseEntity;

import cn.sifa.core.web.Etags;

/** 200/201 answers carrying the record's version as ETag. */
public final class Responses {

    private Responses() {
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Etags.of(version)).body(body);
    }

    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(Etags.of(version)).body(body);
    }
}
