package cn.sifa.core.web;

import java.util.Collection;
import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * A body limit for the requests under some path prefixes that differs from {@code sifa.json.max-body-size}: a
 * module declares it as a bean, e.g. a batch endpoint that takes up to 10,000 records. The longest matching prefix
 * wins. {@code maxSize} null means "not limited in this process": a gateway streams such bodies to the service
 * behind it, which applies its own limit.
 */
public record JsonBodyLimit(List<String> pathPrefixes, DataSize maxSize) {

    public JsonBodyLimit {
        pathPrefixes = List.copyOf(pathPrefixes);
    }

    public static JsonBodyLimit of(String pathPrefix, DataSize maxSize) {
        return new JsonBodyLimit(List.of(pathPrefix), maxSize);
    }

    /** Bodies under these prefixes are streamed elsewhere (a proxied service), which limits them itself. */
    public static JsonBodyLimit appliedBehind(Collection<String> pathPrefixes) {
        return new JsonBodyLimit(List.copyOf(pathPrefixes), null);
    }
}
