package cn.sifa.enforcement.action;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Excel import's bounded executor: {@code threads} jobs run at once, {@code queue} more may wait; beyond that a
 * new import answers 503. {@code chunk} rows go to the ingest at a time (progress is saved after each chunk).
 */
@ConfigurationProperties("sifa.enforcement.import")
public record ImportSettings(Integer threads, Integer queue, Integer chunk) {

    public ImportSettings {
        threads = threads == null ? 1 : threads;
        queue = queue == null ? 8 : queue;
        chunk = chunk == null ? 1000 : chunk;
    }
}
