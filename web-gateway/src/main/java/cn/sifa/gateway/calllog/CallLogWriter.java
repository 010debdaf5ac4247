package cn.sifa.gateway.calllog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.security.CurrentCaller;

/**
 * Writes {@code core_api_call_log} rows off the request thread: calls are queued in memory and a single writer
 * thread inserts them in JDBC batches (up to 500 rows, at least every second). If the database falls behind and
 * the queue fills, further rows are dropped and counted rather than slowing the API down.
 */
@Component
public class CallLogWriter implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CallLogWriter.class);
    private static final int CAPACITY = 20_000;
    private static final int BATCH = 500;

    public record Entry(Instant at, String caller, String callerKind, String kind, String method, String path, int status,
                        int durationMs, String requestId, String divisionCode, String clientIp) {
    }

    private final JdbcTemplate jdbc;
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running = true;
    private Thread writer;

    public CallLogWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Entry entry) {
        if (!queue.offer(entry) && dropped.incrementAndGet() % 1000 == 1) {
            log.warn("API call log queue full; {} entries dropped so far", dropped.get());
        }
    }

    /** Writes everything queued so far (tests and shutdown). */
    public synchronized void flush() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    @Override
    public void afterPropertiesSet() {
        writer = new Thread(this::run, "api-call-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void run() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                Entry first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                synchronized (this) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not write {} API call log entries: {}", batch.size(), e.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    /** Platform work: one batch holds the calls of many callers and divisions (row-level security, issue 16). */
    private void write(List<Entry> batch) {
        CurrentCaller.runAsSystem(() -> jdbc.batchUpdate("""
                        insert into core_api_call_log (at, caller, caller_kind, kind, method, path, status, duration_ms,
                                                       request_id, division_code, client_ip)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, batch, batch.size(), (ps, e) -> {
                    ps.setTimestamp(1, Timestamp.from(e.at()));
                    ps.setString(2, truncate(e.caller(), 100));
                    ps.setString(3, e.callerKind());
                    ps.setString(4, e.kind());
                    ps.setString(5, truncate(e.method(), 10));
                    ps.setString(6, truncate(e.path(), 500));
                    ps.setInt(7, e.status());
                    ps.setInt(8, e.durationMs());
                    ps.setString(9, e.requestId());
                    ps.setString(10, e.divisionCode());
                    ps.setString(11, truncate(e.clientIp(), 64));
                }));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void destroy() {
        running = false;
        try {
            flush();
        } catch (RuntimeException e) {
            log.debug("Call log not flushed at shutdown: {}", e.getMessage());
        }
        if (writer != null) {
            writer.interrupt();
        }
    }
}
