package cn.sifa.enforcement.demo;

/**
 * A feature's demo records for one county (profile demo), called by {@link EnforcementDemoData} (the service's core
 * {@code DemoSeeder}) after the county's agencies, officers and actions exist, in the same transaction. It creates
 * them through its feature's service, never by inserts.
 */
public interface FeatureDemo {

    void seed(EnforcementDemoCounty county);
}
