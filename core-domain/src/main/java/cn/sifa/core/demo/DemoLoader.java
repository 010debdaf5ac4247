package cn.sifa.core.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.StepDates;

/**
 * The one demo loader of the platform: after the organizations (@Order 10) and the logins (@Order 20), it runs every
 * service's {@link DemoSeeder} for each demo county. A county a seeder already seeded is skipped, so a restart adds
 * nothing; a seeder's county is one transaction, so a failed start leaves no half-seeded county behind.
 * <p>
 * Counties are seeded in parallel (each county's seeders in their order): seeding through the aggregates and the
 * applier waits mostly on the database, and the counties share no rows, so the first start waits for the slowest
 * county rather than for all of them in turn.
 */
@Component
@Profile("demo")
// sifa.demo.records=false keeps the demo organizations and logins but seeds no records (tests that need a county
// client on a database of their own, e.g. the PostgreSQL restart test, start in seconds instead of a minute).
@ConditionalOnProperty(name = "sifa.demo.records", havingValue = "true", matchIfMissing = true)
@Order(100)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final ObjectProvider<DemoSeeder> seeders;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoLoader(ObjectProvider<DemoSeeder> seeders, TransactionTemplate tx, Clock clock) {
        this.seeders = seeders;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = StepDates.today(clock);
        List<DemoSeeder> ordered = seeders.orderedStream().toList();
        int threads = Math.max(2, Math.min(DemoCounties.COUNTIES.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CompletableFuture.allOf(DemoCounties.COUNTIES.stream()
                    .map(county -> CompletableFuture.runAsync(() -> seed(county, ordered, today), pool))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            // A failed county fails the start, as before: the cause is what the operator needs to see.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            pool.shutdown();
        }
    }

    private void seed(DemoCounty county, List<DemoSeeder> ordered, LocalDate today) {
        CurrentCaller.runAsSystem(() -> {
            for (DemoSeeder seeder : ordered) {
                long started = System.nanoTime();
                Boolean seeded = tx.execute(status -> {
                    if (seeder.seeded(county)) {
                        return false;
                    }
                    seeder.seed(county, today);
                    return true;
                });
                if (Boolean.TRUE.equals(seeded)) {
                    log.info("Demo data of {} for {}: {} ms", seeder.getClass().getSimpleName(), county.shortName(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
            return null;
        });
    }
}
