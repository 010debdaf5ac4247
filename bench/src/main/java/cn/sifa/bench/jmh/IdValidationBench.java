package cn.sifa.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.CreditCode;

/** ID-number and credit-code validation, as every party of every case goes through it (GB 11643, GB 32100). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IdValidationBench {

    private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private String[] ids;
    private String[] badIds;
    private String[] codes;
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        ids = new String[1024];
        badIds = new String[1024];
        codes = new String[1024];
        for (int k = 0; k < ids.length; k++) {
            String body = String.format("430105%04d%02d%02d%03d", 1950 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
            int sum = 0;
            for (int j = 0; j < 17; j++) {
                sum += (body.charAt(j) - '0') * W[j];
            }
            char check = "10X98765432".charAt(sum % 11);
            ids[k] = body + check;
            badIds[k] = body + (check == '0' ? '1' : '0');
            StringBuilder org = new StringBuilder();
            int s = 0;
            int[] ow = {3, 7, 9, 10, 5, 8, 4, 2};
            for (int j = 0; j < 8; j++) {
                int v = r.nextInt(10);
                org.append(v);
                s += v * ow[j];
            }
            int c = 11 - s % 11;
            org.append(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
            String first17 = "91430105" + org;
            codes[k] = first17 + CreditCode.checkCharFor(first17);
        }
        for (String id : ids) {
            if (!CitizenId.isValid(id)) {
                throw new IllegalStateException("fixture ID invalid: " + id);
            }
        }
        for (String code : codes) {
            if (!CreditCode.isValid(code)) {
                throw new IllegalStateException("fixture credit code invalid: " + code);
            }
        }
    }

    @Benchmark
    public CitizenId citizenIdParseValid() {
        return CitizenId.parse(ids[i++ & 1023]);
    }

    @Benchmark
    public boolean citizenIdRejectBadCheckDigit() {
        return CitizenId.isValid(badIds[i++ & 1023]);
    }

    @Benchmark
    public boolean creditCodeValid() {
        return CreditCode.isValid(codes[i++ & 1023]);
    }
}
