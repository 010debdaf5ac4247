package cn.sifa.enforcement.support;

/** A feature's demo records for one county (profile demo); called by the enforcement demo loader, as system. */
public interface DemoSeeder {

    void seed(DemoCounty county);
}
