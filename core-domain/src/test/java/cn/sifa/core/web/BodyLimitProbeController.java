package cn.sifa.core.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint that counts the JSON bodies it parsed, to see what the body limit lets through. */
@RestController
class BodyLimitProbeController {

    static final AtomicInteger PARSED = new AtomicInteger();

    @PostMapping("/api/test/body-limit")
    Map<String, Object> parse(@RequestBody Map<String, Object> body) {
        PARSED.incrementAndGet();
        return Map.of("fields", body.size());
    }
}
