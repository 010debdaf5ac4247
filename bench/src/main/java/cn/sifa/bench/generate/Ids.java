package cn.sifa.bench.generate;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Reproducible, time-ordered UUIDs in the version-7 layout: domain (4 bits), chunk (12 bits) and a counter (32 bits)
 * where v7 keeps its timestamp, then the version nibble and seeded random bits. Rows of one chunk (one month) land
 * next to each other in the primary-key index, as rows created in the same weeks would.
 */
final class Ids {

    private final long prefix;
    private long counter;
    private final SplittableRandom random;

    Ids(long domain, long chunk, SplittableRandom random) {
        this.prefix = ((domain & 0xFL) << 60) | ((chunk & 0xFFFL) << 48);
        this.random = random;
    }

    UUID next() {
        long msb = prefix | ((counter++ & 0xFFFFFFFFL) << 16) | 0x7000L | random.nextInt(1 << 12);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
