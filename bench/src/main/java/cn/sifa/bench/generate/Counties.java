package cn.sifa.bench.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The demo provinces' counties (core_division, level COUNTY, provinces 33, 41, 43, 37), each with a weight:
 * log-normal around 1, except the three demo counties (开福 430105, 缙云 331122, 荣成 371082) whose weight gives
 * them the case load their own reports describe (开福: about 6,800 successful mediations a year).
 */
final class Counties {

    static final List<String> PROVINCES = List.of("33", "37", "41", "43");
    static final Map<String, Double> DEMO_WEIGHTS = Map.of("430105", 20.0, "331122", 8.0, "371082", 12.0);

    record County(int index, String code, String name, String cityName, String shortName, double weight) {
    }

    final List<County> all;
    private final double[] cumulative;

    private Counties(List<County> all) {
        this.all = all;
        cumulative = new double[all.size()];
        double sum = 0;
        for (int i = 0; i < all.size(); i++) {
            sum += all.get(i).weight();
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    static Counties load(Connection c, long seed) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.code, d.name, p.name FROM sifa.core_division d LEFT JOIN sifa.core_division p ON p.code = d.parent_code
                 WHERE d.level = 'COUNTY' AND substr(d.code, 1, 2) IN ('33', '37', '41', '43') ORDER BY d.code""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("core_division has no counties of provinces 33, 37, 41, 43: is the schema migrated?");
        }
        Map<String, Integer> nameCount = new HashMap<>();
        rows.forEach(r -> nameCount.merge(r[1], 1, Integer::sum));
        Random r = new Random(seed ^ 0x5EEDC0DEL);
        List<County> list = new ArrayList<>();
        for (String[] row : rows) {
            double w = DEMO_WEIGHTS.getOrDefault(row[0], Math.exp(r.nextGaussian() * 0.6 - 0.18));
            String shortName = shortOf(row[1]);
            if (nameCount.get(row[1]) > 1 && row[2] != null) {
                shortName = shortOf(row[2]) + shortName;
            }
            list.add(new County(list.size(), row[0], row[1], row[2], shortName, w));
        }
        return new Counties(list);
    }

    private static String shortOf(String name) {
        if (name.length() > 2 && (name.endsWith("区") || name.endsWith("县") || name.endsWith("市"))) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    County pick(SplittableRandom r) {
        return all.get(search(cumulative, r.nextDouble()));
    }

    /** The first index whose cumulative share reaches {@code x}. */
    static int search(double[] cumulative, double x) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    double meanWeight() {
        return all.stream().mapToDouble(County::weight).average().orElse(1);
    }
}
