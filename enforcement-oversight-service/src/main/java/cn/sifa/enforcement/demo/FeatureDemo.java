package cn.sifa.enforcement.demo;

/** A feature's demo records for one county (profile demo), called by {@link EnforcementDemoData} after the county's agencies, officers and actions exist. */
public interface FeatureDemo {

    void seed(EnforcementDemoCounty county);
}
