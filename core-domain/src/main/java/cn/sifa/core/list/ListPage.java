package cn.sifa.core.list;

import org.springframework.http.ResponseEntity;

import cn.sifa.core.web.PageView;

/**
 * A page of a list and whether its {@code totalElements} is exact. Past {@link Listing#COUNT_CAP} matching rows a
 * list does not count them all: the total is then a lower bound and the answer carries
 * {@code Sifa-Total-Lower-Bound: true} (docs/core-mechanisms.md, "Lists").
 */
public record ListPage<R>(PageView<R> page, boolean totalExact) {

    /** Present (value {@code true}) when a list's {@code totalElements} is a lower bound, not an exact count. */
    public static final String TOTAL_LOWER_BOUND = "Sifa-Total-Lower-Bound";

    public ResponseEntity<PageView<R>> toResponse() {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (!totalExact) {
            ok.header(TOTAL_LOWER_BOUND, "true");
        }
        return ok.body(page);
    }
}
