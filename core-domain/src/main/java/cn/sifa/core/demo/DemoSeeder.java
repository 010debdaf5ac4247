package cn.sifa.core.demo;

import java.time.LocalDate;

import cn.sifa.core.demo.DemoCounties.DemoCounty;

/**
 * One service's demo records for one demo county (profile {@code demo}), run by {@link DemoLoader} in the order of
 * {@code @Order} (lower first), as the system caller, one transaction per county and seeder. A seeder creates its
 * records through the service's aggregates and the core workflow applier, never by inserts into core tables, and
 * assigns them only to logins of the county itself.
 */
public interface DemoSeeder {

    /** Whether the county already holds this seeder's records: loading is idempotent across restarts. */
    boolean seeded(DemoCounty county);

    /** Creates the county's records; {@code today} is the core Clock's date. */
    void seed(DemoCounty county, LocalDate today);
}
