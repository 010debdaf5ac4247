package cn.sifa.bench.generate;

/** Splits a total over buckets in proportion to weights, exactly (largest remainder). */
final class Shares {

    private Shares() {
    }

    static long[] split(long total, int[] weights) {
        long sum = 0;
        for (int w : weights) {
            sum += w;
        }
        long[] out = new long[weights.length];
        double[] rem = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : (double) total * weights[i] / sum;
            out[i] = (long) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
            given++;
        }
        return out;
    }
}
