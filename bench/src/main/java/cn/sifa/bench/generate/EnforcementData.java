package cn.sifa.bench.generate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 行政执法数据: 5,000,000 actions per unit of scale, reported by the counties' enforcement agencies (执法主体; 开福 has
 * 37 执法单位 in its H1 report, other counties fewer). Act types follow the five categories the 开福 report
 * totals (许可, 处罚, 强制, 征收征用, 其他); publication due dates follow the ENF_PUBLICATION_* rules (7 working days
 * for licensing and penalties, 20 for the others), and about 96% are made public in time.
 */
final class EnforcementData implements Domain {

    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final String BY = "bench-generator";

    private static final String[] AGENCY_NAMES = {
        "市场监督管理局", "城市管理和综合执法局", "公安分局", "生态环境分局", "交通运输局", "卫生健康局", "应急管理局",
        "自然资源局", "住房和城乡建设局", "文化旅游体育局", "农业农村局", "人力资源和社会保障局", "教育局", "民政局",
        "水利局", "商务局", "医疗保障局", "林业局", "统计局", "退役军人事务局", "发展和改革局", "财政局", "审计局",
        "消防救援大队", "烟草专卖局", "气象局", "人民防空办公室", "档案局", "地方金融监督管理局", "宗教事务局"};
    private static final Weighted<String> ACT_TYPE = Weighted.of(
            "LICENSING", 44, "PENALTY", 26, "INSPECTION", 15, "COERCION", 5, "LEVY", 3, "REQUISITION", 0.5,
            "FEE", 2, "CONFIRMATION", 1.5, "BENEFIT", 1, "REWARD", 0.5, "ADJUDICATION", 0.5, "OTHER", 1);
    private static final Weighted<String> PENALTY_SET = Weighted.of(
            "WARNING", 30, "FINE", 58, "FINE,CONFISCATE_GAINS", 6, "SUSPEND_LICENCE", 2, "ORDER_SUSPENSION", 2,
            "REVOKE_LICENCE", 1, "CIRCULATED_CRITICISM", 1);

    private final long seed;
    private final long total;
    private final WorkingCalendar calendar;
    private final Counties counties;
    private final LocalDate to;
    private final List<LocalDate> monthStarts = new ArrayList<>();
    private final long[] perMonth;
    private final List<List<LocalDate>> workingDaysOfMonth = new ArrayList<>();
    /** Per county: the agencies' ids and cumulative weights. */
    private final Map<Integer, Agencies> agencies = new HashMap<>();
    private final AtomicLong written = new AtomicLong();

    record Agencies(UUID[] ids, double[] cumulative) {
        UUID pick(SplittableRandom r) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (x < cumulative[i]) {
                    return ids[i];
                }
            }
            return ids[ids.length - 1];
        }
    }

    EnforcementData(long seed, double scale, LocalDate from, LocalDate to, WorkingCalendar calendar, Counties counties) {
        this.seed = seed;
        this.total = Math.round(5_000_000 * scale);
        this.calendar = calendar;
        this.counties = counties;
        this.to = to;
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            monthStarts.add(m);
            LocalDate start = m.isBefore(from) ? from : m;
            LocalDate end = m.plusMonths(1).minusDays(1);
            workingDaysOfMonth.add(calendar.workingDays(start, end.isAfter(to) ? to : end));
        }
        perMonth = Shares.split(total, workingDaysOfMonth.stream().mapToInt(List::size).toArray());
    }

    @Override
    public String name() {
        return "enforcement";
    }

    @Override
    public List<String> tables() {
        return List.of("enf_action", "enf_agency");
    }

    @Override
    public boolean present(Connection c) throws Exception {
        return BulkLoad.tableExists(c, "enf_action") && BulkLoad.tableExists(c, "enf_agency");
    }

    @Override
    public List<CopyBuffer> prepare(Connection c) throws Exception {
        SplittableRandom r = new SplittableRandom(seed * 31 + 2);
        Ids ids = new Ids(2, 0xFFF, r);
        CopyBuffer buf = new CopyBuffer("enf_agency", "id, version, created_at, created_by, updated_at, updated_by, division_code, name, "
                + "short_name, credit_code, kind, entrusted_by, power_categories, active");
        OffsetDateTime created = monthStarts.get(0).atTime(LocalTime.of(9, 0)).atOffset(CST);
        double mean = counties.meanWeight();
        for (Counties.County county : counties.all) {
            int n = Counties.DEMO_WEIGHTS.containsKey(county.code()) && county.code().equals("430105") ? 37
                    : (int) Math.max(8, Math.min(AGENCY_NAMES.length, Math.round(10 + 6 * Math.sqrt(county.weight() / mean))));
            UUID[] agencyIds = new UUID[n];
            double[] cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                UUID id = ids.next();
                agencyIds[i] = id;
                boolean entrusted = i >= AGENCY_NAMES.length;
                String name = entrusted ? county.name() + (i - AGENCY_NAMES.length + 1) + "号街道综合行政执法队"
                        : county.name() + AGENCY_NAMES[i];
                // the first two (market regulation, urban management) report most of a county's actions
                sum += i < 2 ? 8 : i < 6 ? 3 : 1;
                cumulative[i] = sum;
                buf.uuid(id).num(0).ts(created).text(BY).ts(created).text(BY).text(county.code()).text(name)
                        .text(entrusted ? "执法队" + (i - AGENCY_NAMES.length + 1) : AGENCY_NAMES[i].substring(0, Math.min(4, AGENCY_NAMES[i].length())))
                        .text(People.creditCode(r, county.code(), "11"))
                        .text(entrusted ? "ENTRUSTED" : "AUTHORISED").text(entrusted ? county.name() + "城市管理和综合执法局" : null)
                        .array(i == 0 ? List.of("LICENSING", "PENALTY", "COERCION", "INSPECTION")
                                : i == 1 ? List.of("PENALTY", "COERCION", "INSPECTION")
                                : List.of("LICENSING", "PENALTY", "INSPECTION", "LEVY", "FEE", "OTHER"))
                        .bool(true);
                buf.end();
            }
            agencies.put(county.index(), new Agencies(agencyIds, cumulative));
        }
        BulkLoad.copy(c, buf);
        return List.of(buf);
    }

    @Override
    public int chunks() {
        return monthStarts.size();
    }

    @Override
    public List<CopyBuffer> chunk(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + 200_000 + index);
        Ids ids = new Ids(3, index, r);
        CopyBuffer buf = new CopyBuffer("enf_action", "id, version, created_at, created_by, updated_at, updated_by, division_code, agency_id, "
                + "external_ref, act_type, decided_on, party_name, party_credit_code, penalty_kinds, amount, major, legal_reviewed_on, "
                + "publicized_on, recorded_audio_visual, publication_due_on");
        List<LocalDate> days = workingDaysOfMonth.get(index);
        long n = perMonth[index];
        Map<LocalDate, LocalDate> due7 = new HashMap<>();
        Map<LocalDate, LocalDate> due20 = new HashMap<>();
        String month = monthStarts.get(index).toString().substring(0, 7).replace("-", "");
        for (long k = 0; k < n; k++) {
            Counties.County county = counties.pick(r);
            UUID agency = agencies.get(county.index()).pick(r);
            String type = ACT_TYPE.pick(r);
            LocalDate decided = days.get(r.nextInt(days.size()));
            boolean org = r.nextInt(100) < 65;
            String party = org ? People.orgName(r, county.shortName()) : People.personName(r);
            String credit = org ? People.creditCode(r, county.code()) : null;
            List<String> kinds = List.of();
            BigDecimal amount = null;
            boolean major = false;
            if (type.equals("PENALTY")) {
                kinds = List.of(PENALTY_SET.pick(r).split(","));
                if (kinds.contains("FINE")) {
                    amount = BigDecimal.valueOf(Math.round(Math.exp(7.2 + r.nextDouble() * 2.2 + (r.nextInt(40) == 0 ? 3 : 0))), 0);
                }
                major = kinds.contains("REVOKE_LICENCE") || kinds.contains("SUSPEND_LICENCE")
                        || (amount != null && amount.compareTo(BigDecimal.valueOf(50_000)) >= 0);
            } else if (type.equals("LEVY") || type.equals("FEE")) {
                amount = BigDecimal.valueOf(100 + r.nextInt(50_000));
            }
            LocalDate reviewed = major && r.nextInt(100) < 99 ? minusWorkingDays(decided, 1 + r.nextInt(5)) : null;
            boolean shortRule = type.equals("LICENSING") || type.equals("PENALTY");
            LocalDate due = (shortRule ? due7 : due20).computeIfAbsent(decided, d -> calendar.plusWorkingDays(d, shortRule ? 7 : 20));
            int p = r.nextInt(100);
            LocalDate publicized = p < 96 ? decided.plusDays(r.nextInt((int) (due.toEpochDay() - decided.toEpochDay()) + 1))
                    : p < 98 ? due.plusDays(1 + r.nextInt(30)) : null;
            if (publicized != null && publicized.isAfter(to)) {
                publicized = null;
            }
            boolean recorded = switch (type) {
                case "PENALTY", "COERCION", "INSPECTION" -> r.nextInt(100) < 92;
                default -> r.nextInt(100) < 40;
            };
            LocalDate reportedOn = decided.plusDays(1 + r.nextInt(10));
            OffsetDateTime created = (reportedOn.isAfter(to) ? to : reportedOn).atTime(8 + r.nextInt(10), r.nextInt(60)).atOffset(CST);
            buf.uuid(ids.next()).num(0).ts(created).text(BY).ts(created).text(BY).text(county.code()).uuid(agency)
                    .text("BN" + month + "-" + k).text(type).date(decided).text(party).text(credit).array(kinds).num(amount)
                    .bool(major).date(reviewed).date(publicized).bool(recorded).date(due);
            buf.end();
        }
        written.addAndGet(n);
        return List.of(buf);
    }

    private LocalDate minusWorkingDays(LocalDate d, int n) {
        LocalDate x = d;
        int left = n;
        while (left > 0) {
            x = x.minusDays(1);
            if (calendar.isWorkingDay(x)) {
                left--;
            }
        }
        return x;
    }

    @Override
    public String progress() {
        return String.format("%,d of %,d actions generated", written.get(), total);
    }
}
