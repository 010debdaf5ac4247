package cn.sifa.enforcement.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.division.Division;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.person.CreditCode;
import cn.sifa.enforcement.action.ActionIngest;
import cn.sifa.enforcement.action.ActionRecord;
import cn.sifa.enforcement.action.ActionReportResult;
import cn.sifa.enforcement.action.EnforcementActType;
import cn.sifa.enforcement.action.PenaltyKind;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.AgencyKind;
import cn.sifa.enforcement.agency.AgencyRequest;
import cn.sifa.enforcement.agency.AgencyService;
import cn.sifa.enforcement.inspection.InspectionRequests.WhiteListRequest;
import cn.sifa.enforcement.inspection.InspectionService;
import cn.sifa.enforcement.officer.ExamResult;
import cn.sifa.enforcement.officer.OfficerRequest;
import cn.sifa.enforcement.officer.OfficerService;

/**
 * The enforcement service's demo data (profile demo), run by the core {@code DemoLoader} for each of
 * {@code DemoCounties.COUNTIES} as the system caller, one transaction per county: several enforcement agencies with
 * their officers (through {@link AgencyService} and {@link OfficerService}, which open the certificates' expiry
 * deadlines), about 1,500 reported actions (through the batch {@link ActionIngest}, as a county's system reports
 * them), a white list (through {@link InspectionService}), then a few records in every workflow (each feature's
 * {@link FeatureDemo}, through its service). Names, credit codes and phones come from the core
 * {@link DemoNames#forCounty}. Nothing is assigned to a login of another county. Idempotent: a county whose first
 * agency exists is skipped.
 */
@Component
@Profile("demo")
@Order(110)
class EnforcementDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(EnforcementDemoData.class);

    record AgencySpec(String suffix, String abbr, AgencyKind kind, List<EnforcementActType> categories, int actions) {
    }

    static final List<AgencySpec> AGENCIES = List.of(
            new AgencySpec("市场监督管理局", "SJ", AgencyKind.AUTHORISED, List.of(EnforcementActType.LICENSING, EnforcementActType.PENALTY,
                    EnforcementActType.INSPECTION, EnforcementActType.COERCION), 520),
            new AgencySpec("城市管理和综合执法局", "CG", AgencyKind.AUTHORISED, List.of(EnforcementActType.PENALTY, EnforcementActType.COERCION,
                    EnforcementActType.INSPECTION, EnforcementActType.LICENSING), 380),
            new AgencySpec("交通运输局", "JT", AgencyKind.AUTHORISED, List.of(EnforcementActType.LICENSING, EnforcementActType.PENALTY,
                    EnforcementActType.INSPECTION, EnforcementActType.FEE), 260),
            new AgencySpec("应急管理局", "YJ", AgencyKind.AUTHORISED, List.of(EnforcementActType.PENALTY, EnforcementActType.INSPECTION,
                    EnforcementActType.COERCION), 140),
            new AgencySpec("人力资源和社会保障局", "RS", AgencyKind.AUTHORISED, List.of(EnforcementActType.CONFIRMATION, EnforcementActType.BENEFIT,
                    EnforcementActType.PENALTY, EnforcementActType.INSPECTION), 160),
            new AgencySpec("生态环境保护综合行政执法大队", "HB", AgencyKind.ENTRUSTED, List.of(EnforcementActType.PENALTY, EnforcementActType.INSPECTION,
                    EnforcementActType.COERCION), 120));

    private final AgencyService agencyService;
    private final Agencies agencies;
    private final OfficerService officers;
    private final InspectionService inspections;
    private final ActionIngest ingest;
    private final DivisionRepository divisions;
    private final List<FeatureDemo> features;

    EnforcementDemoData(AgencyService agencyService, Agencies agencies, OfficerService officers, InspectionService inspections,
                        ActionIngest ingest, DivisionRepository divisions, List<FeatureDemo> features) {
        this.agencyService = agencyService;
        this.agencies = agencies;
        this.officers = officers;
        this.inspections = inspections;
        this.ingest = ingest;
        this.divisions = divisions;
        this.features = features;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        return agencies.existsByDivisionCodeAndName(county.code(), place(county) + AGENCIES.get(0).suffix());
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        long started = System.nanoTime();
        EnforcementDemoCounty demo = load(county, today);
        for (FeatureDemo feature : features) {
            feature.seed(demo);
        }
        log.info("Enforcement demo data for {}: {} agencies, {} ms", demo.place(), demo.agencyIds().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** As agencies name their place: a district with its city (长沙市开福区), a county or county-level city alone (缙云县). */
    private String place(DemoCounty county) {
        Division division = divisions.findById(county.code()).orElseThrow();
        if (division.getName().endsWith("区") && division.getParentCode() != null) {
            return divisions.findById(division.getParentCode()).map(Division::getName).orElse("") + division.getName();
        }
        return division.getName();
    }

    private EnforcementDemoCounty load(DemoCounty county, LocalDate today) {
        DemoNames names = DemoNames.forCounty(county.code(), "enforcement");
        String place = place(county);
        List<UUID> agencyIds = new ArrayList<>();
        List<String> agencyNames = new ArrayList<>();
        Map<UUID, List<UUID>> staffByAgency = new LinkedHashMap<>();
        List<UUID> reviewers = new ArrayList<>();
        Map<String, String> enterprises = new LinkedHashMap<>();
        while (enterprises.size() < 40) {
            enterprises.put(names.creditCode(county.code()), names.company(county.shortName()));
        }
        List<String> enterpriseCodes = new ArrayList<>(enterprises.keySet());
        int officerSeq = 0;
        for (int a = 0; a < AGENCIES.size(); a++) {
            AgencySpec spec = AGENCIES.get(a);
            String name = place + spec.suffix();
            UUID agencyId = agencyService.create(new AgencyRequest(county.code(), name,
                    county.shortName() + spec.suffix().replace("综合行政执法大队", "执法大队"), governmentCreditCode(names, county.code()),
                    spec.kind(), spec.kind() == AgencyKind.ENTRUSTED ? place + "生态环境分局" : null, spec.categories(), true)).id();
            agencyIds.add(agencyId);
            agencyNames.add(name);
            List<UUID> staff = new ArrayList<>();
            for (int o = 0; o < 6; o++) {
                officerSeq++;
                // One expired and one expiring certificate per county, so the alert and the statistic show something.
                LocalDate validUntil = officerSeq == 3 ? today.minusDays(20) : officerSeq == 8 ? today.plusDays(12)
                        : today.plusDays(200 + names.random().nextInt(1200));
                boolean legal = o == 0;
                UUID officerId = officers.create(new OfficerRequest(agencyId, names.person(),
                        county.code() + String.format("%02d%04d", a + 1, o + 1), validUntil,
                        names.random().nextInt(20) == 0 ? ExamResult.NOT_TAKEN : ExamResult.PASSED,
                        today.minusDays(300 + names.random().nextInt(900)), 40 + names.random().nextInt(40), legal, true)).id();
                staff.add(officerId);
                if (legal) {
                    reviewers.add(officerId);
                }
            }
            staffByAgency.put(agencyId, staff);
            List<ActionRecord> records = new ArrayList<>(spec.actions());
            for (int n = 0; n < spec.actions(); n++) {
                records.add(action(names, today, county, spec, n, enterpriseCodes, enterprises));
            }
            ActionReportResult result = ingest.ingest(agencyId, county.code(), records, 0);
            if (result.rejected() > 0) {
                log.warn("Demo actions rejected for {}: {}", name, result.errors().subList(0, Math.min(3, result.errors().size())));
            }
        }
        for (String code : enterpriseCodes.subList(0, 2)) {
            inspections.addToWhiteList(new WhiteListRequest(code, enterprises.get(code), county.code()));
        }
        return new EnforcementDemoCounty(county.code(), place, county.shortName(), agencyIds, agencyNames, staffByAgency, reviewers,
                enterprises, today, names);
    }

    private static ActionRecord action(DemoNames names, LocalDate today, DemoCounty county, AgencySpec spec, int n, List<String> codes,
                                       Map<String, String> enterprises) {
        var r = names.random();
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        int span = (int) (today.toEpochDay() - from.toEpochDay());
        LocalDate decided = from.plusDays(r.nextInt(span));
        // The first category is the agency's main business: half of its actions.
        EnforcementActType type = r.nextBoolean() ? spec.categories().get(0) : names.pick(spec.categories());
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
        String party = company ? enterprises.get(code) : names.person();
        return new ActionRecord(county.code() + "-" + spec.abbr() + "-" + decided.getYear() + "-" + String.format("%05d", n + 1),
                type.name(), decided.toString(), party, code, kinds, amount, major, reviewed == null ? null : reviewed.toString(),
                publicized == null ? null : publicized.toString(), r.nextInt(100) < 93);
    }

    /** Government bodies register with 机构编制 (1) and category 1; the check characters are recomputed. */
    private static String governmentCreditCode(DemoNames names, String division) {
        String company = names.creditCode(division);
        String first17 = "11" + company.substring(2, 17);
        return first17 + CreditCode.checkCharFor(first17);
    }
}
