package cn.sifa.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How many records of one kind a county makes in a year, and the monthly chunks that spread them over the working
 * days of five years. A county's yearly count is the mean of the seeds (docs/benchmarks.md) times its log-normal
 * weight ({@link Counties}); a demo county whose own report prints the figure carries that figure instead, and a demo
 * county without one counts as a busy county (1.5 × the mean). Scale 1.0 is the provincial scale.
 */
final class CountyLoad {

    private final Counties counties;
    private final double[] cumulative;
    private final double perYear;

    /**
     * @param mean      records per county and year of an ordinary county
     * @param reported  the demo counties' own yearly figures (code → count), from the seeds
     */
    CountyLoad(Counties counties, double mean, Map<String, Double> reported) {
        this.counties = counties;
        cumulative = new double[counties.all.size()];
        double sum = 0;
        for (Counties.County c : counties.all) {
            double n = reported.containsKey(c.code()) ? reported.get(c.code())
                    : Counties.DEMO_WEIGHTS.containsKey(c.code()) ? 1.5 * mean : mean * c.weight();
            sum += n;
            cumulative[c.index()] = sum;
        }
        perYear = sum;
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** The province-wide total for {@code years} years at {@code scale}. */
    long total(double scale, double years) {
        return Math.round(perYear * years * scale);
    }

    Counties.County pick(SplittableRandom r) {
        return counties.all.get(Counties.search(cumulative, r.nextDouble()));
    }

    /** The months of the period with their working days: what every domain's chunks iterate over. */
    record Months(List<LocalDate> starts, List<List<LocalDate>> workingDays, double years) {

        static Months of(LocalDate from, LocalDate to, WorkingCalendar calendar) {
            List<LocalDate> starts = new ArrayList<>();
            List<List<LocalDate>> days = new ArrayList<>();
            for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                starts.add(m);
                LocalDate start = m.isBefore(from) ? from : m;
                LocalDate end = m.plusMonths(1).minusDays(1);
                days.add(calendar.workingDays(start, end.isAfter(to) ? to : end));
            }
            return new Months(starts, days, (to.toEpochDay() - from.toEpochDay() + 1) / 365.25);
        }

        /** {@code total} records over the months in proportion to their working days. */
        long[] split(long total) {
            return Shares.split(total, workingDays.stream().mapToInt(List::size).toArray());
        }
    }
}
