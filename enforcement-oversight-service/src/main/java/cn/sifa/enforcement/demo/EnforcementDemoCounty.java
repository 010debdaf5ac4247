package cn.sifa.enforcement.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import cn.sifa.core.demo.DemoNames;

/**
 * What the demo seeder created for one county, handed to each {@link FeatureDemo}.
 *
 * @param place          e.g. 长沙市开福区
 * @param shortName      e.g. 开福
 * @param agencyIds      in creation order
 * @param officers       officers per agency
 * @param legalReviewers officers holding the 法律职业资格
 * @param enterprises    enterprises (credit code → name) that appear in the reported actions
 * @param names          the core name generator, seeded per county, so a fresh database gets the same demo data
 */
public record EnforcementDemoCounty(String divisionCode, String place, String shortName, List<UUID> agencyIds, List<String> agencyNames,
                                    Map<UUID, List<UUID>> officers, List<UUID> legalReviewers, Map<String, String> enterprises,
                                    LocalDate today, DemoNames names) {

    public LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    public UUID agency(int i) {
        return agencyIds.get(Math.floorMod(i, agencyIds.size()));
    }

    /** The names generator's seeded random, for choices of a feature's own. */
    public Random random() {
        return names.random();
    }
}
