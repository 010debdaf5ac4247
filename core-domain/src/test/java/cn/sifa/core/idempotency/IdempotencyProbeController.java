package cn.sifa.core.idempotency;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that count their executions, to see what the filter lets through. */
@RestController
@RequestMapping("/api/test/idempotency")
class IdempotencyProbeController {

    static final AtomicInteger EXECUTIONS = new AtomicInteger();
    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    private final JdbcTemplate jdbc;

    IdempotencyProbeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/count")
    ResponseEntity<Map<String, Object>> count(@RequestBody Map<String, Object> body) {
        return ResponseEntity.status(201).header("Location", "/api/test/idempotency/" + EXECUTIONS.incrementAndGet())
                .eTag("\"0\"").body(Map.of("n", EXECUTIONS.get(), "echo", body));
    }

    /** Writes one row of {@code idempotency_probe}, in whatever transaction the request runs in. */
    @PostMapping("/write")
    ResponseEntity<Map<String, Object>> write(@RequestBody Map<String, Object> body) {
        jdbc.update("INSERT INTO idempotency_probe (marker) VALUES (?)", body.get("marker"));
        return ResponseEntity.status(201).body(Map.of("marker", body.get("marker")));
    }

    @PostMapping("/slow")
    Map<String, Object> slow(@RequestBody Map<String, Object> body) throws InterruptedException {
        int n = EXECUTIONS.incrementAndGet();
        entered.countDown();
        release.await(30, TimeUnit.SECONDS);
        return Map.of("n", n);
    }

    @PostMapping("/fail")
    Map<String, Object> fail(@RequestBody Map<String, Object> body) {
        EXECUTIONS.incrementAndGet();
        throw new IllegalStateException("probe failure");
    }
}
