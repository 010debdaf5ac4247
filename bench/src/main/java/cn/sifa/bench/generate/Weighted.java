package cn.sifa.bench.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Picks codes by weight (a small cumulative table; the distributions here have at most a few dozen entries). */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    Weighted(Map<T, ? extends Number> weights) {
        values = List.copyOf(weights.keySet());
        cumulative = new double[values.size()];
        double sum = 0;
        int i = 0;
        for (Number w : weights.values()) {
            sum += w.doubleValue();
            cumulative[i++] = sum;
        }
        for (int j = 0; j < cumulative.length; j++) {
            cumulative[j] /= sum;
        }
    }

    @SafeVarargs
    static <T> Weighted<T> of(Object... pairs) {
        Map<T, Number> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T k = (T) pairs[i];
            m.put(k, (Number) pairs[i + 1]);
        }
        return new Weighted<>(m);
    }

    T pick(SplittableRandom r) {
        double x = r.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
