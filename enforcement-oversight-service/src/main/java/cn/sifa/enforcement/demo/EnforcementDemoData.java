package cn.sifa.enforcement.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.action.ActionIngest;
import cn.sifa.enforcement.action.ActionRecord;
import cn.sifa.enforcement.action.ActionReportResult;
import cn.sifa.enforcement.action.EnforcementActType;
import cn.sifa.enforcement.action.PenaltyKind;
import cn.sifa.enforcement.support.DemoNames;

/**
 * Demo profile: for each demo county several enforcement agencies with their officers, about 1,500 reported actions
 * (through the batch ingest, in JDBC batches), a white list, and a few records in every workflow (each feature's
 * {@link FeatureDemo}). Idempotent: a county whose first agency exists is skipped. Runs as system after the core
 * organizations (@Order 10).
 */
@Component
@Profile("demo")
@Order(110)
class EnforcementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnforcementDemoData.class);

    record County(String code, String place, String shortName, String abbr) {
    }

    static final List<County> COUNTIES = List.of(
            new County("430105", "长沙市开福区", "开福", "KF"),
            new County("331122", "缙云县", "缙云", "JY"),
            new County("371082", "荣成市", "荣成", "RC"),
            new County("330802", "衢州市柯城区", "柯城", "KC"));

    record AgencySpec(String suffix, String abbr, String kind, List<EnforcementActType> categories, int actions) {
    }

    static final List<AgencySpec> AGENCIES = List.of(
            new AgencySpec("市场监督管理局", "SJ", "AUTHORISED", List.of(EnforcementActType.LICENSING, EnforcementActType.PENALTY,
                    EnforcementActType.INSPECTION, EnforcementActType.COERCION), 520),
            new AgencySpec("城市管理和综合执法局", "CG", "AUTHORISED", List.of(EnforcementActType.PENALTY, EnforcementActType.COERCION,
                    EnforcementActType.INSPECTION, EnforcementActType.LICENSING), 380),
            new AgencySpec("交通运输局", "JT", "AUTHORISED", List.of(EnforcementActType.LICENSING, EnforcementActType.PENALTY,
                    EnforcementActType.INSPECTION, EnforcementActType.FEE), 260),
            new AgencySpec("应急管理局", "YJ", "AUTHORISED", List.of(EnforcementActType.PENALTY, EnforcementActType.INSPECTION,
                    EnforcementActType.COERCION), 140),
            new AgencySpec("人力资源和社会保障局", "RS", "AUTHORISED", List.of(EnforcementActType.CONFIRMATION, EnforcementActType.BENEFIT,
                    EnforcementActType.PENALTY, EnforcementActType.INSPECTION), 160),
            new AgencySpec("生态环境保护综合行政执法大队", "HB", "ENTRUSTED", List.of(EnforcementActType.PENALTY, EnforcementActType.INSPECTION,
                    EnforcementActType.COERCION), 120));

    private final JdbcTemplate jdbc;
    private final ActionIngest ingest;
    private final List<FeatureDemo> seeders;

    EnforcementDemoData(JdbcTemplate jdbc, ActionIngest ingest, List<FeatureDemo> seeders) {
        this.jdbc = jdbc;
        this.ingest = ingest;
        this.seeders = seeders;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentCaller.runAsSystem(() -> {
            for (County county : COUNTIES) {
                if (jdbc.queryForObject("select count(*) from core_division where code = ?", Integer.class, county.code()) == 0) {
                    continue;
                }
                Integer existing = jdbc.queryForObject("select count(*) from enf_agency where division_code = ? and name = ?",
                        Integer.class, county.code(), county.place() + AGENCIES.get(0).suffix());
                if (existing != null && existing > 0) {
                    continue;
                }
                long started = System.nanoTime();
                EnforcementDemoCounty demo = load(county);
                for (FeatureDemo seeder : seeders) {
                    seeder.seed(demo);
                }
                log.info("Enforcement demo data for {}: {} agencies, {} ms", county.place(), demo.agencyIds().size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private EnforcementDemoCounty load(County county) {
        Random random = new Random(county.code().hashCode());
        LocalDate today = StepDates.today();
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> agencyIds = new ArrayList<>();
        List<String> agencyNames = new ArrayList<>();
        Map<UUID, List<UUID>> officers = new LinkedHashMap<>();
        List<UUID> reviewers = new ArrayList<>();
        Map<String, String> enterprises = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            enterprises.put(DemoNames.creditCode(random, county.code()), DemoNames.company(random, county.shortName()));
        }
        List<String> enterpriseCodes = new ArrayList<>(enterprises.keySet());
        int officerSeq = 0;
        for (int a = 0; a < AGENCIES.size(); a++) {
            AgencySpec spec = AGENCIES.get(a);
            UUID agencyId = UUID.randomUUID();
            String name = county.place() + spec.suffix();
            jdbc.update("""
                    insert into enf_agency (id, version, created_at, created_by, updated_at, updated_by, division_code, name, short_name,
                        credit_code, kind, entrusted_by, power_categories, active)
                    values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?::varchar(16)[], true)""",
                    agencyId, now, now, county.code(), name, county.shortName() + spec.suffix().replace("综合行政执法大队", "执法大队"),
                    governmentCreditCode(random, county.code()),
                    spec.kind(), spec.kind().equals("ENTRUSTED") ? county.place() + "生态环境分局" : null,
                    "{" + String.join(",", spec.categories().stream().map(Enum::name).toList()) + "}");
            agencyIds.add(agencyId);
            agencyNames.add(name);
            List<UUID> staff = new ArrayList<>();
            for (int o = 0; o < 6; o++) {
                UUID officerId = UUID.randomUUID();
                officerSeq++;
                // One expired and one expiring certificate per county, so the alert and the statistic show something.
                LocalDate validUntil = officerSeq == 3 ? today.minusDays(20) : officerSeq == 8 ? today.plusDays(12)
                        : today.plusDays(200 + random.nextInt(1200));
                boolean legal = o == 0;
                jdbc.update("""
                        insert into enf_officer (id, version, created_at, created_by, updated_at, updated_by, division_code, agency_id,
                            name, certificate_no, certificate_valid_until, exam_result, exam_on, training_hours, legal_qualification, active)
                        values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""",
                        officerId, now, now, county.code(), agencyId, DemoNames.person(random),
                        county.code() + String.format("%02d%04d", a + 1, o + 1), Date.valueOf(validUntil),
                        random.nextInt(20) == 0 ? "NOT_TAKEN" : "PASSED", Date.valueOf(today.minusDays(300 + random.nextInt(900))),
                        40 + random.nextInt(40), legal);
                staff.add(officerId);
                if (legal) {
                    reviewers.add(officerId);
                }
            }
            officers.put(agencyId, staff);
            List<ActionRecord> records = new ArrayList<>(spec.actions());
            for (int n = 0; n < spec.actions(); n++) {
                records.add(action(random, today, county, spec, n, enterpriseCodes, enterprises));
            }
            ActionReportResult result = ingest.ingest(agencyId, county.code(), records, 0);
            if (result.rejected() > 0) {
                log.warn("Demo actions rejected for {}: {}", name, result.errors().subList(0, Math.min(3, result.errors().size())));
            }
        }
        jdbc.update("insert into enf_whitelist_enterprise (credit_code, name, division_code, listed_on) values (?, ?, ?, ?), (?, ?, ?, ?) "
                        + "on conflict do nothing",
                enterpriseCodes.get(0), enterprises.get(enterpriseCodes.get(0)), county.code(), Date.valueOf(today.minusDays(200)),
                enterpriseCodes.get(1), enterprises.get(enterpriseCodes.get(1)), county.code(), Date.valueOf(today.minusDays(150)));
        return new EnforcementDemoCounty(county.code(), county.place(), county.shortName(), agencyIds, agencyNames, officers, reviewers,
                enterprises, today, random);
    }

    private static ActionRecord action(Random r, LocalDate today, County county, AgencySpec spec, int n, List<String> codes,
                                       Map<String, String> enterprises) {
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        int span = (int) (today.toEpochDay() - from.toEpochDay());
        LocalDate decided = from.plusDays(r.nextInt(span));
        EnforcementActType type = pick(r, spec.categories());
        boolean penalty = type == EnforcementActType.PENALTY;
        List<String> kinds = null;
        BigDecimal amount = null;
        if (penalty) {
            int roll = r.nextInt(10);
            kinds = roll < 3 ? List.of(PenaltyKind.WARNING.name()) : roll < 8 ? List.of(PenaltyKind.FINE.name())
                    : List.of(PenaltyKind.FINE.name(), PenaltyKind.CONFISCATE_GAINS.name());
            if (!kinds.equals(List.of(PenaltyKind.WARNING.name()))) {
                amount = BigDecimal.valueOf(200L + r.nextInt(50) * 500L).setScale(2);
            }
        }
        boolean major = penalty && r.nextInt(30) == 0;
        LocalDate reviewed = major ? (r.nextInt(12) == 0 ? decided.plusDays(2) : decided.minusDays(1 + r.nextInt(5))) : null;
        int pubRoll = r.nextInt(100);
        LocalDate publicized = pubRoll < 3 ? null : pubRoll < 9 ? decided.plusDays(20 + r.nextInt(25)) : decided.plusDays(1 + r.nextInt(7));
        if (publicized != null && publicized.isAfter(today)) {
            publicized = null;
        }
        boolean company = r.nextInt(4) != 0;
        String code = company ? codes.get(r.nextInt(codes.size())) : null;
        String party = company ? enterprises.get(code) : DemoNames.person(r);
        return new ActionRecord(county.abbr() + "-" + spec.abbr() + "-" + decided.getYear() + "-" + String.format("%05d", n + 1), type.name(),
                decided.toString(), party, code, kinds, amount, major, reviewed == null ? null : reviewed.toString(),
                publicized == null ? null : publicized.toString(), r.nextInt(100) < 93);
    }

    /** Government bodies register with 机构编制 (1) and category 1; the check characters are recomputed. */
    private static String governmentCreditCode(Random random, String division) {
        String company = DemoNames.creditCode(random, division);
        String first17 = "11" + company.substring(2, 17);
        return first17 + cn.sifa.core.person.CreditCode.checkCharFor(first17);
    }

    private static <T> T pick(Random r, List<T> options) {
        // The first category is the agency's main business: half of its actions.
        return r.nextBoolean() ? options.get(0) : options.get(r.nextInt(options.size()));
    }
}
