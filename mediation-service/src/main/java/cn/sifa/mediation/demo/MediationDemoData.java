package cn.sifa.mediation.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.demo.DemoNames;
import cn.sifa.core.demo.DemoSeeder;
import cn.sifa.core.division.Division;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.notification.Recipients;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.workflow.Transition;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.core.workflow.WorkflowRecord;
import cn.sifa.mediation.committee.CommitteeType;
import cn.sifa.mediation.committee.MemberPosition;
import cn.sifa.mediation.dispute.AgreementForm;
import cn.sifa.mediation.dispute.CaseAction;
import cn.sifa.mediation.dispute.CaseNumbering;
import cn.sifa.mediation.dispute.CaseParty;
import cn.sifa.mediation.dispute.CaseSource;
import cn.sifa.mediation.dispute.CaseStatus;
import cn.sifa.mediation.dispute.ConfirmationResult;
import cn.sifa.mediation.dispute.DeclineReason;
import cn.sifa.mediation.dispute.Difficulty;
import cn.sifa.mediation.dispute.DisputeType;
import cn.sifa.mediation.dispute.FollowUpMethod;
import cn.sifa.mediation.dispute.MediationCase;
import cn.sifa.mediation.dispute.MediationDeadlines;
import cn.sifa.mediation.dispute.PartyKind;
import cn.sifa.mediation.dispute.PartyRole;
import cn.sifa.mediation.dispute.PerformanceResult;
import cn.sifa.mediation.dispute.ResolutionRoute;
import cn.sifa.mediation.expert.ExpertRequest;
import cn.sifa.mediation.mediator.Employment;
import cn.sifa.mediation.mediator.Gender;
import cn.sifa.mediation.mediator.Mediator;
import cn.sifa.mediation.mediator.MediatorGrade;
import cn.sifa.mediation.mediator.Mediators;
import cn.sifa.mediation.screening.RiskLevel;
import cn.sifa.mediation.screening.Screening;
import cn.sifa.mediation.screening.ScreeningParty;

/**
 * Demo data of the demo counties ({@code DemoCounties.COUNTIES}), run by the core {@code DemoLoader}: committees of
 * several types with their members, mediators (some in the expert pool), brand studios, incentive rules, screenings
 * and a few hundred cases over the last 18 months of working days, spread over states, dispute types (in the
 * proportions of 开福区's 2023 H1 summary) and sources. Every case, screening and expert request is created through
 * its aggregate and the core {@link Workflow} applier, step by step, so that its history and deadlines are exactly
 * what the live steps write; case numbers come from the core counters so that live cases continue the series. A case
 * is assigned only to a demo login whose division covers it (the applier refuses any other), so no one is reminded
 * of a record they cannot open. The organisation (committees, members, mediators, studios, incentive rules) has no
 * workflow and goes into the service's own tables in JDBC batches. A county that already has committees is left alone.
 */
@Component
@Profile("demo")
@Order(100)
public class MediationDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(MediationDemoData.class);

    /** Cases per demo county; counties not listed get {@link #DEFAULT_CASES}. */
    static final Map<String, Integer> CASES = Map.of("430105", 450, "331122", 360, "371082", 360, "330802", 300);
    static final int DEFAULT_CASES = 300;

    /** 柯城区's streets are not in the division table: its committees stay at county level with these names. */
    static final Map<String, List<String>> STREETS = Map.of(
            "330802", List.of("府山街道", "荷花街道", "信安街道", "白云街道", "双港街道", "花园街道"));

    /**
     * Cases created between two flushes that also clear the persistence context. Every deadline lookup of the applier
     * flushes first (auto flush), and a flush checks every entity in the context: clearing after each case keeps those
     * flushes small, so seeding time grows linearly with the number of cases.
     */
    static final int CHUNK = 1;

    /** 开福区 2023 H1: 3386 successes, of which 医疗130, 交通事故104, 物业102, 劳动人事173, 知识产权5, 婚姻家庭113; the rest spread. */
    static final Map<DisputeType, Integer> TYPE_WEIGHTS = new EnumMap<>(Map.ofEntries(
            Map.entry(DisputeType.MEDICAL, 130), Map.entry(DisputeType.TRAFFIC_ACCIDENT, 104),
            Map.entry(DisputeType.PROPERTY_MGMT, 102), Map.entry(DisputeType.LABOUR, 173),
            Map.entry(DisputeType.INTELLECTUAL_PROPERTY, 5), Map.entry(DisputeType.MARRIAGE_FAMILY, 113),
            Map.entry(DisputeType.NEIGHBOUR, 700), Map.entry(DisputeType.CONTRACT, 420), Map.entry(DisputeType.DAMAGES, 380),
            Map.entry(DisputeType.HOUSING_HOMESTEAD, 260), Map.entry(DisputeType.BUSINESS_OPERATION, 180),
            Map.entry(DisputeType.CONSUMER, 200), Map.entry(DisputeType.FOREST_LAND, 60),
            Map.entry(DisputeType.LAND_ACQUISITION, 70), Map.entry(DisputeType.ENVIRONMENT, 50),
            Map.entry(DisputeType.VILLAGE_AFFAIRS, 90), Map.entry(DisputeType.OTHER, 349)));

    /** 开福区: 487 of 3386 were court referrals; the rest by local practice. */
    static final Map<CaseSource, Integer> SOURCE_WEIGHTS = new EnumMap<>(Map.of(
            CaseSource.PARTY_APPLICATION, 40, CaseSource.PROACTIVE, 22, CaseSource.COURT_REFERRAL, 15,
            CaseSource.POLICE_REFERRAL, 12, CaseSource.PETITION_REFERRAL, 2, CaseSource.OTHER_AGENCY_REFERRAL, 5));

    private static final Map<DisputeType, String> INDUSTRY = new EnumMap<>(Map.of(
            DisputeType.MEDICAL, "医疗纠纷人民调解委员会", DisputeType.TRAFFIC_ACCIDENT, "道路交通事故纠纷人民调解委员会",
            DisputeType.PROPERTY_MGMT, "物业纠纷人民调解委员会", DisputeType.LABOUR, "劳动人事争议人民调解委员会"));

    /** The demo portal login of a mediator (web-gateway DemoAccounts), linked to one mediator of its county. */
    static final String DEMO_MEDIATOR_LOGIN = "mediator";
    /** The demo portal login of the bureau's mediation staff (web-gateway DemoAccounts). */
    static final String DEMO_STAFF_LOGIN = "mediation";

    private final JdbcTemplate jdbc;
    private final DivisionRepository divisions;
    private final Organizations organizations;
    private final CaseNumbering numbering;
    private final Deadlines deadlines;
    private final DeadlineCalculator calculator;
    private final Workflow workflow;
    private final Recipients recipients;
    private final Mediators mediatorRecords;
    @PersistenceContext
    private EntityManager entityManager;

    MediationDemoData(JdbcTemplate jdbc, DivisionRepository divisions, Organizations organizations, CaseNumbering numbering,
                      Deadlines deadlines, DeadlineCalculator calculator, Workflow workflow, Recipients recipients,
                      Mediators mediatorRecords) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.organizations = organizations;
        this.numbering = numbering;
        this.deadlines = deadlines;
        this.calculator = calculator;
        this.workflow = workflow;
        this.recipients = recipients;
        this.mediatorRecords = mediatorRecords;
    }

    @Override
    public boolean seeded(DemoCounty county) {
        Integer existing = jdbc.queryForObject("select count(*) from med_committee c where " + DivisionScope.within("c"),
                Integer.class, county.code());
        return existing != null && existing > 0;
    }

    @Override
    public void seed(DemoCounty county, LocalDate today) {
        long started = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int cases = load(county, today);
        if (cases > 0) {
            log.info("Mediation demo data for {} ({}): {} cases through the workflow applier in {} ms ({} ms CPU of this thread)",
                    county.shortName(), county.code(), cases, (System.nanoTime() - started) / 1_000_000,
                    (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }

    /** @return cases created, 0 when the county already had data or has no bureau to number cases */
    int load(DemoCounty county, LocalDate today) {
        if (seeded(county)) {
            return 0;
        }
        OrganizationRef bureau = organizations.bureauOf(county.code()).orElse(null);
        if (bureau == null) {
            log.warn("No 司法局 for {}: mediation demo data skipped", county.code());
            return 0;
        }
        return new CountyLoad(county, today, bureau).run();
    }

    /**
     * The demo login a case may be assigned to: the mediator login when its mediator handles the case, else the
     * bureau's staff login, and only when that login's division covers the case's division; null otherwise (a case
     * of 缙云县 is never assigned to a login of 开福区).
     */
    String assigneeFor(String caseDivision, boolean demoMediatorHandles) {
        String login = demoMediatorHandles ? DEMO_MEDIATOR_LOGIN : DEMO_STAFF_LOGIN;
        return mayOpen.computeIfAbsent(login + "@" + caseDivision, k -> recipients.mayOpen(login, caseDivision)) ? login : null;
    }

    /** Whether a login may open a division's records, asked once per login and division during a seeding. */
    private final Map<String, Boolean> mayOpen = new java.util.concurrent.ConcurrentHashMap<>();

    /** One county's organisation in JDBC batches, then its cases, screenings and expert requests through the applier. */
    private final class CountyLoad {
        final DemoCounty county;
        final LocalDate today;
        final OrganizationRef bureau;
        final DemoNames names;
        final Random random;
        final Timestamp now = Timestamp.from(Instant.now());
        final List<Object[]> committees = new ArrayList<>();
        final List<Object[]> members = new ArrayList<>();
        final List<Object[]> mediators = new ArrayList<>();
        final List<Object[]> specialties = new ArrayList<>();
        final Map<UUID, List<UUID>> mediatorsOf = new LinkedHashMap<>();
        final Map<UUID, String> divisionOf = new LinkedHashMap<>();
        final Map<DisputeType, UUID> industry = new EnumMap<>(DisputeType.class);
        final List<UUID> local = new ArrayList<>();
        final List<UUID> experts = new ArrayList<>();
        final Map<UUID, List<DisputeType>> expertise = new LinkedHashMap<>();
        UUID demoMediator;

        CountyLoad(DemoCounty county, LocalDate today, OrganizationRef bureau) {
            this.county = county;
            this.today = today;
            this.bureau = bureau;
            this.names = DemoNames.forCounty(county.code(), "mediation");
            this.random = names.random();
        }

        Gender gender() {
            return names.male() ? Gender.MALE : Gender.FEMALE;
        }

        String name(Gender g) {
            return names.person(g == Gender.MALE);
        }

        int run() {
            String countyName = divisions.findById(county.code()).map(Division::getName).orElse(county.shortName());
            List<String[]> towns = towns();
            for (String[] town : towns.subList(0, Math.min(6, towns.size()))) {
                committee(town[0], town[1] + "人民调解委员会", CommitteeType.TOWNSHIP_STREET, null);
            }
            for (String[] town : towns.subList(0, Math.min(3, towns.size()))) {
                committee(town[0], town[1] + (random.nextBoolean() ? "中心社区" : "新村") + "居民委员会人民调解委员会",
                        CommitteeType.RESIDENTS, null);
            }
            committee(county.code(), countyName + "某村村民委员会人民调解委员会".replace("某", towns.isEmpty() ? "五里" : "东岸"),
                    CommitteeType.VILLAGE, null);
            INDUSTRY.forEach((type, name) -> committee(county.code(), countyName + name, CommitteeType.INDUSTRY_PROFESSIONAL, type));
            committee(county.code(), countyName + "经济开发区企业人民调解委员会", CommitteeType.ENTERPRISE_INSTITUTION, null);
            writeOrganisation();
            List<Object[]> studios = new ArrayList<>();
            List<Object[]> honours = new ArrayList<>();
            studios(studios, honours);
            jdbc.batchUpdate("""
                    insert into med_studio (id, version, created_at, created_by, updated_at, updated_by, division_code, name, kind,
                        committee_id, lead_mediator_id, established_on, description) values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?)""", studios);
            jdbc.batchUpdate("insert into med_studio_honour (studio_id, sort_order, title, level, awarded_on, awarded_by) values (?, ?, ?, ?, ?, ?)", honours);
            rules();
            return cases();
        }

        /** [code, name] of the county's towns; where none are in the division table, its streets stay at county level. */
        List<String[]> towns() {
            List<String[]> towns = new ArrayList<>();
            for (Division d : divisions.findByParentCodeOrderByCode(county.code())) {
                towns.add(new String[] {d.getCode(), d.getName()});
            }
            if (towns.isEmpty()) {
                STREETS.getOrDefault(county.code(), List.of()).forEach(s -> towns.add(new String[] {county.code(), s}));
            }
            return towns;
        }

        void committee(String division, String name, CommitteeType type, DisputeType industryType) {
            UUID id = UUID.randomUUID();
            LocalDate termStart = today.minusDays(200 + random.nextInt(850));
            if (committees.isEmpty()) {
                // One committee per county whose term ends within three months, for the renewal reminder.
                termStart = today.minusYears(3).plusDays(40);
            }
            committees.add(new Object[] {id, now, now, division, name, type.name(), bureau.id(),
                    Date.valueOf(termStart.minusYears(6 + random.nextInt(6))), Date.valueOf(termStart),
                    Date.valueOf(termStart.plusYears(3).minusDays(1))});
            divisionOf.put(id, division);
            if (industryType != null) {
                industry.put(industryType, id);
            } else {
                local.add(id);
            }
            // Members: 3 to 7, a 主任, usually a woman; the third committee lacks one, as real registers sometimes do.
            int size = 3 + random.nextInt(5);
            boolean withoutWoman = committees.size() == 3;
            List<UUID> own = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Gender g = withoutWoman ? Gender.MALE : i == 1 ? Gender.FEMALE : gender();
                String memberName = name(g);
                MemberPosition office = i == 0 ? MemberPosition.DIRECTOR : i == 1 && size > 4 ? MemberPosition.DEPUTY_DIRECTOR : MemberPosition.MEMBER;
                UUID mediatorId = null;
                if (i < 4) {
                    mediatorId = mediator(id, division, memberName, g, industryType, i == 0);
                    own.add(mediatorId);
                }
                members.add(new Object[] {id, i, memberName, g.name(), office.name(), random.nextInt(20) == 0, mediatorId});
            }
            mediatorsOf.put(id, own);
        }

        UUID mediator(UUID committee, String division, String name, Gender gender, DisputeType industryType, boolean director) {
            UUID id = UUID.randomUUID();
            boolean fullTime = industryType != null || random.nextInt(100) < 42;
            boolean expert = industryType != null ? director : random.nextInt(12) == 0;
            MediatorGrade grade = director ? MediatorGrade.SENIOR : MediatorGrade.values()[1 + random.nextInt(4)];
            String username = null;
            if (demoMediator == null && industryType == null && recipients.mayOpen(DEMO_MEDIATOR_LOGIN, division)) {
                // The demo portal user "mediator" (张调解员) is this mediator of its own county, so that "my cases" is not empty.
                name = "张调解员";
                username = DEMO_MEDIATOR_LOGIN;
                demoMediator = id;
            }
            mediators.add(new Object[] {id, now, now, division, committee, name, gender.name(),
                    names.idNumber(county.code(), gender == Gender.MALE, today), names.phone(), username,
                    (fullTime ? Employment.FULL_TIME : Employment.PART_TIME).name(), grade.name(),
                    industryType == DisputeType.MEDICAL ? "退休医师" : industryType == DisputeType.TRAFFIC_ACCIDENT ? "退休交警"
                            : random.nextInt(4) == 0 ? "律师" : random.nextInt(3) == 0 ? "退休干部" : "社区工作者",
                    expert, Date.valueOf(today.minusDays(300 + random.nextInt(2000)))});
            List<DisputeType> skills = new ArrayList<>();
            if (industryType != null) {
                skills.add(industryType);
            }
            DisputeType extra = pick(TYPE_WEIGHTS);
            if (!skills.contains(extra)) {
                skills.add(extra);
            }
            skills.forEach(s -> specialties.add(new Object[] {id, s.name()}));
            if (expert) {
                experts.add(id);
                expertise.put(id, skills);
            }
            return id;
        }

        void writeOrganisation() {
            jdbc.batchUpdate("""
                    insert into med_committee (id, version, created_at, created_by, updated_at, updated_by, division_code, name, type,
                        organization_id, established_on, term_start_on, term_ends_on, active)
                    values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?, true)""", committees);
            jdbc.batchUpdate("""
                    insert into med_mediator (id, version, created_at, created_by, updated_at, updated_by, division_code, committee_id,
                        name, gender, id_number, phone, username, employment, grade, profession, in_expert_pool, appointed_on, active)
                    values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""", mediators);
            jdbc.batchUpdate("insert into med_mediator_specialty (mediator_id, specialty) values (?, ?)", specialties);
            jdbc.batchUpdate("""
                    insert into med_committee_member (committee_id, sort_order, name, gender, office, ethnic_minority, mediator_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", members);
            for (Object[] c : committees) {
                UUID id = (UUID) c[0];
                DeadlineTarget target = new DeadlineTarget(MediationDeadlines.COMMITTEE_RECORD_TYPE, id, (String) c[3], null,
                        bureau.id(), (String) c[4], "/mediation/committees/" + id);
                LocalDate start = ((Date) c[8]).toLocalDate();
                deadlines.open(target, MediationDeadlines.COMMITTEE_TERM, start);
                deadlines.open(target, MediationDeadlines.COMMITTEE_RENEWAL_REMINDER, start);
            }
        }

        void studios(List<Object[]> studios, List<Object[]> honours) {
            UUID township = local.get(0);
            UUID lead = mediatorsOf.get(township).get(0);
            record S(String name, String kind, String description, String honour, String level, String by) {
            }
            List<S> list = switch (county.code()) {
                case "331122" -> List.of(
                        new S("五云110调解工作室", "BRAND_ROOM", "驻五云派出所,警调对接化解治安类民间纠纷", "金牌调解工作室", "PROVINCIAL", "浙江省司法厅"),
                        new S("方溪方心调解工作室", "BRAND_ROOM", "山区乡镇邻里、山林纠纷调解", null, null, null),
                        new S("仙都鼎湖旅游调解工作室", "BRAND_ROOM", "仙都景区旅游消费纠纷调解", "优秀人民调解工作室", "CITY", "丽水市司法局"),
                        new S("文叔调解工作室", "PERSONAL_STUDIO", "老调解员个人品牌调解室", null, null, null));
                case "430105" -> List.of(
                        new S("开福区医调委调解室", "BRAND_ROOM", "医疗纠纷专业调解", "全省人民调解工作先进集体", "PROVINCIAL", "湖南省司法厅"),
                        new S("老杨调解工作室", "PERSONAL_STUDIO", "社区邻里纠纷个人调解工作室", null, null, null));
                case "371082" -> List.of(
                        new S("海洋渔业纠纷调解室", "BRAND_ROOM", "渔船、渔港及海上作业纠纷调解", "金牌调解室", "CITY", "威海市司法局"),
                        new S("老兵调解工作室", "PERSONAL_STUDIO", "退役军人个人调解工作室", null, null, null));
                default -> List.of(new S("和事佬调解工作室", "PERSONAL_STUDIO", "府山街道个人品牌调解室", "优秀调解工作室", "CITY", "衢州市司法局"));
            };
            for (S s : list) {
                UUID id = UUID.randomUUID();
                studios.add(new Object[] {id, now, now, divisionOf.get(township), s.name(), s.kind(), township,
                        s.kind().equals("PERSONAL_STUDIO") ? lead : null, Date.valueOf(today.minusYears(2 + random.nextInt(4))), s.description()});
                if (s.honour() != null) {
                    honours.add(new Object[] {id, 0, s.honour(), s.level(), Date.valueOf(today.minusDays(200 + random.nextInt(600))), s.by()});
                }
            }
        }

        void rules() {
            List<Object[]> rows = new ArrayList<>();
            Date from = Date.valueOf(LocalDate.of(today.getYear() - 2, 1, 1));
            rows.add(new Object[] {"SUCCESSFUL_MEDIATION", null, null, new BigDecimal("100.00"), 5, "一般纠纷调解成功"});
            rows.add(new Object[] {"SUCCESSFUL_MEDIATION", null, "DIFFICULT", new BigDecimal("300.00"), 10, "疑难复杂纠纷"});
            rows.add(new Object[] {"SUCCESSFUL_MEDIATION", null, "MAJOR", new BigDecimal("500.00"), 15, "重大纠纷"});
            rows.add(new Object[] {"SUCCESSFUL_MEDIATION", null, "SIMPLE", new BigDecimal("50.00"), 3, "简易纠纷"});
            rows.add(new Object[] {"SUCCESSFUL_MEDIATION", "MEDICAL", null, new BigDecimal("400.00"), 12, "医疗纠纷"});
            rows.add(new Object[] {"CONCLUDED_WITHOUT_AGREEMENT", null, null, new BigDecimal("30.00"), 1, "已尽力调解未成"});
            rows.add(new Object[] {"SCREENING", null, null, new BigDecimal("10.00"), 1, "排查上报"});
            List<Object[]> batch = new ArrayList<>();
            for (Object[] r : rows) {
                batch.add(new Object[] {UUID.randomUUID(), now, now, county.code(), r[0], r[1], r[2], r[3], r[4], from, r[5]});
            }
            jdbc.batchUpdate("""
                    insert into med_incentive_rule (id, version, created_at, created_by, updated_at, updated_by, division_code, kind,
                        dispute_type, difficulty, subsidy_amount, credit_points, valid_from, note)
                    values (?, 0, ?, 'system', ?, 'system', ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        }

        int cases() {
            entityManager.flush();
            entityManager.setFlushMode(FlushModeType.COMMIT);
            try {
                return casesAndScreenings();
            } finally {
                entityManager.setFlushMode(FlushModeType.AUTO);
            }
        }

        int casesAndScreenings() {
            LocalDate earliest = today.minusDays(540);
            int count = CASES.getOrDefault(county.code(), DEFAULT_CASES);
            List<LocalDate> received = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // A few received in the last working days, so that some are still registered or just accepted.
                received.add(i < 8 ? workingDayAfter(today.minusDays(1 + i)) : workingDayAfter(earliest.plusDays(random.nextInt(540))));
            }
            received.sort(null);
            int created = 0;
            for (LocalDate day : received) {
                oneCase(day.isAfter(today) ? today : day);
                if (++created % CHUNK == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            // Screenings that did not become cases: resolved on the spot or still open.
            for (int i = 0; i < count / 4; i++) {
                UUID committee = local.get(random.nextInt(local.size()));
                DisputeType type = pick(TYPE_WEIGHTS);
                LocalDate on = workingDayAfter(earliest.plusDays(random.nextInt(540)));
                if (on.isAfter(today)) {
                    on = today;
                }
                boolean open = today.minusDays(20).isBefore(on);
                Screening s = workflow.create(new Screening(divisionOf.get(committee), committee, mediatorsOf.get(committee).get(0), on,
                        "入户走访", type, summary(type), random.nextInt(12) == 0 ? RiskLevel.HIGH : RiskLevel.LOW, random.nextInt(40) == 0,
                        null, List.of(new ScreeningParty(PartyRole.APPLICANT, PartyKind.PERSON, name(gender()), null, null, null))),
                        Screening::registration);
                if (!open) {
                    apply(s, s.resolve(on, today, "现场说服教育,双方达成谅解"));
                }
                if (i % CHUNK == CHUNK - 1) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            entityManager.flush();
            entityManager.clear();
            return created;
        }

        /** One case received on {@code on}, taken through the steps its story tells, each by the aggregate and the applier. */
        void oneCase(LocalDate on) {
            DisputeType type = pick(TYPE_WEIGHTS);
            CaseSource source = type == DisputeType.TRAFFIC_ACCIDENT && random.nextInt(10) < 6 ? CaseSource.TRAFFIC_POLICE_REFERRAL
                    : pick(SOURCE_WEIGHTS);
            UUID committee = industry.getOrDefault(type, local.get(random.nextInt(local.size())));
            String division = divisionOf.get(committee);
            List<UUID> pool = mediatorsOf.get(committee);
            List<UUID> assigned = new ArrayList<>(List.of(pool.get(random.nextInt(pool.size()))));
            if (random.nextInt(3) == 0 && pool.size() > 1) {
                UUID second = pool.get(random.nextInt(pool.size()));
                if (!assigned.contains(second)) {
                    assigned.add(second);
                }
            }
            Difficulty difficulty = random.nextInt(10) < 2 ? Difficulty.SIMPLE : random.nextInt(10) < 8 ? Difficulty.ORDINARY
                    : random.nextInt(5) == 0 ? Difficulty.MAJOR : Difficulty.DIFFICULT;
            String caseNo = numbering.next(division, on.getYear());
            String assignee = assigneeFor(division, assigned.contains(demoMediator));
            Story story = story(on);
            BigDecimal amount = story.agreedOn != null ? amount(type) : null;
            AgreementForm form = story.agreedOn != null ? (random.nextInt(10) < 8 ? AgreementForm.WRITTEN : AgreementForm.ORAL) : null;
            LocalDate performBy = story.agreedOn != null && amount != null ? story.agreedOn.plusDays(15 + random.nextInt(45)) : null;
            PerformanceResult performance = story.performanceOn != null
                    ? (random.nextInt(50) == 0 ? PerformanceResult.BREACHED : PerformanceResult.PERFORMED) : null;
            boolean confirm = form == AgreementForm.WRITTEN && story.performanceOn != null && random.nextInt(12) == 0;
            LocalDate jcApplied = confirm ? story.agreedOn.plusDays(2 + random.nextInt(10)) : null;
            LocalDate jcDecided = confirm && jcApplied.plusDays(20).isBefore(today) ? jcApplied.plusDays(7 + random.nextInt(20)) : null;
            if (jcApplied != null && jcApplied.isAfter(today)) {
                jcApplied = null;
                jcDecided = null;
            }
            boolean escalation = random.nextInt(60) == 0;
            String summary = summary(type);
            BigDecimal involved = amount == null ? null : amount.multiply(BigDecimal.valueOf(1 + random.nextInt(3)));
            // Parties: an applicant, a respondent (an organization where the dispute is with one), sometimes a third party.
            List<CaseParty> parties = new ArrayList<>();
            Gender ga = gender();
            String applicant = name(ga);
            parties.add(new CaseParty(PartyRole.APPLICANT, PartyKind.PERSON, applicant,
                    names.idNumber(county.code(), ga == Gender.MALE, today), null, names.phone()));
            if (type == DisputeType.MEDICAL || type == DisputeType.PROPERTY_MGMT || type == DisputeType.LABOUR
                    || type == DisputeType.CONSUMER || (type == DisputeType.CONTRACT && random.nextBoolean())) {
                parties.add(new CaseParty(PartyRole.RESPONDENT, PartyKind.ORGANIZATION, organisation(type), null,
                        names.creditCode(county.code()), null));
            } else {
                Gender gr = gender();
                parties.add(new CaseParty(PartyRole.RESPONDENT, PartyKind.PERSON, name(gr),
                        random.nextInt(4) == 0 ? null : names.idNumber(county.code(), gr == Gender.MALE, today), null, names.phone()));
            }
            if (random.nextInt(15) == 0) {
                Gender gt = gender();
                parties.add(new CaseParty(PartyRole.THIRD_PARTY, PartyKind.PERSON, name(gt),
                        names.idNumber(county.code(), gt == Gender.MALE, today), null, null));
            }
            // A proactive case starts as a screening a few days before.
            Screening screening = null;
            if (source == CaseSource.PROACTIVE) {
                LocalDate screenedOn = on.minusDays(random.nextInt(3));
                RiskLevel risk = random.nextInt(10) == 0 ? RiskLevel.HIGH : random.nextBoolean() ? RiskLevel.MEDIUM : RiskLevel.LOW;
                screening = workflow.create(new Screening(division, committee, assigned.get(0), screenedOn, "辖区走访排查", type, summary,
                        risk, escalation, "已稳控双方情绪,引导申请调解",
                        List.of(new ScreeningParty(PartyRole.APPLICANT, PartyKind.PERSON, applicant, null, null, null))),
                        Screening::registration);
            }
            MediationCase c = workflow.create(new MediationCase(division, caseNo, source, type, summary, involved, on, committee,
                    bureau.id(), assignee, parties, escalation), MediationCase::registration);
            if (screening != null) {
                Screening s = screening;
                apply(s, s.convertedTo(c.getId(), on, today));
                c.fromScreening(s.getId());
            }
            List<ResolutionRoute> litigation = List.of(ResolutionRoute.LITIGATION);
            if (story.declinedOn != null) {
                apply(c, c.decline(story.declinedOn, today,
                        random.nextBoolean() ? DeclineReason.PARTY_REFUSED : DeclineReason.ALREADY_HANDLED_ELSEWHERE,
                        "被申请人明确表示不同意调解", litigation));
            }
            if (story.acceptedOn != null) {
                apply(c, c.accept(story.acceptedOn, today, committee, assigned, difficulty, assignee));
            }
            LocalDate sessionOn = story.firstSessionOn;
            for (int s = 0; s < story.sessions; s++) {
                apply(c, c.startSession(capped(sessionOn), today, s == 0 ? "调解室" : "当事人住所地",
                        s == 0 ? "听取双方陈述,释法说理,初步沟通调解方案" : "继续调解,双方就赔偿数额协商", false, false, null, List.of()));
                if (s == 0) {
                    if (escalation) {
                        apply(c, c.reportEscalation(sessionOn, today, "辖区派出所", "已通报辖区派出所,落实稳控措施"));
                    }
                    expertRequest(c, type, sessionOn, assigned);
                }
                sessionOn = sessionOn.plusDays(2);
            }
            if (story.agreedOn != null) {
                apply(c, c.recordAgreement(form, "双方自愿达成协议:" + (amount == null ? "互谅互让,不再追究"
                        : "一次性支付" + amount.toPlainString() + "元"), amount, story.agreedOn, performBy, today));
                // What follows an agreement happens independently: recorded in the order of its dates, each only when
                // the case still allows it (no judicial confirmation once performed).
                List<Map.Entry<LocalDate, Runnable>> after = new ArrayList<>();
                if (story.performanceOn != null) {
                    after.add(Map.entry(story.performanceOn, () -> step(c, CaseAction.PERFORMANCE,
                            () -> c.recordPerformance(performance, story.performanceOn, today, performance.label()))));
                }
                if (jcApplied != null) {
                    LocalDate applied = jcApplied;
                    after.add(Map.entry(applied, () -> step(c, CaseAction.JUDICIAL_CONFIRMATION,
                            () -> c.applyJudicialConfirmation(applied, applied, today, county.shortName() + "人民法院"))));
                }
                if (jcDecided != null && !jcDecided.isAfter(today)) {
                    LocalDate decided = jcDecided;
                    after.add(Map.entry(decided, () -> {
                        if (c.isJudicialConfirmationPending()) {
                            apply(c, c.decideJudicialConfirmation(ConfirmationResult.CONFIRMED, decided, today));
                        }
                    }));
                }
                if (story.followUpOn != null) {
                    after.add(Map.entry(story.followUpOn, () -> step(c, CaseAction.FOLLOW_UP, () -> c.followUp(story.followUpOn, today,
                            FollowUpMethod.PHONE, "调解员", "协议已履行,双方关系缓和", true))));
                }
                after.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
                after.forEach(e -> e.getValue().run());
            }
            if (story.failedOn != null) {
                apply(c, c.fail(story.failedOn, today, "双方分歧较大,调解不成", litigation));
            }
            if (story.archivedOn != null) {
                LocalDate archivedOn = story.archivedOn.isBefore(c.getLastStepOn()) ? c.getLastStepOn() : story.archivedOn;
                step(c, CaseAction.ARCHIVE, () -> c.archive(archivedOn, today, "卷宗归档"));
            }
        }

        /** A step the story tells, taken only when the case allows it by then (a pending confirmation blocks archiving). */
        void step(MediationCase c, CaseAction action, java.util.function.Supplier<Transition> decide) {
            if (c.allowedActions().contains(action.path())) {
                apply(c, decide.get());
            }
        }

        /**
         * The applier carries out the step; a step with deadline effects is flushed at once, so that the applier's next
         * deadline lookup sees it. Nothing else flushes before a query during seeding (flush mode COMMIT): the history
         * rows of a case go to the database in a batch instead of one round trip each.
         */
        void apply(WorkflowRecord record, Transition t) {
            workflow.apply(record, t);
            if (!t.deadlines().isEmpty()) {
                entityManager.flush();
            }
        }

        /** "点单": now and then a medical, labour or traffic case asks the expert pool at its first session. */
        void expertRequest(MediationCase c, DisputeType type, LocalDate on, List<UUID> assigned) {
            if ((type != DisputeType.MEDICAL && type != DisputeType.LABOUR && type != DisputeType.TRAFFIC_ACCIDENT)
                    || random.nextInt(6) != 0) {
                return;
            }
            UUID expertId = experts.stream().filter(e -> expertise.get(e).contains(type)).findFirst().orElse(null);
            if (expertId == null) {
                return;
            }
            boolean accepted = random.nextInt(6) > 0;
            Mediator expert = mediatorRecords.findById(expertId).orElseThrow();
            ExpertRequest request = workflow.create(new ExpertRequest(c.getDivisionCode(), c.getId(), type, on,
                    "专业性强,点单专家参与调解", expertId), ExpertRequest::registration);
            apply(c, Transition.event(CaseAction.EXPERT_REQUEST.path(), c.getStatus(), on, "向调解专家库点单:" + type.label()));
            if (accepted) {
                apply(request, request.accept(expert, on, today, "同意参与"));
                if (!assigned.contains(expertId) && c.addMediator(expertId)) {
                    apply(c, Transition.event("expert-joined", c.getStatus(), on, "专家 " + expert.getName() + " 接单参与调解"));
                }
            } else {
                apply(request, request.decline(expert, on, today, "时间冲突"));
            }
        }

        /** Where a case received on {@code on} has got to by today. */
        Story story(LocalDate on) {
            Story s = new Story();
            s.receivedOn = on;
            long age = ChronoUnit.DAYS.between(on, today);
            int roll = random.nextInt(1000);
            if (age < 3 && roll < 600) {
                s.status = CaseStatus.REGISTERED;
                return s;
            }
            if (roll < 20) {
                s.declinedOn = capped(workingDayAfter(on.plusDays(random.nextInt(3))));
                s.status = CaseStatus.DECLINED;
                if (age > 60 && random.nextInt(10) < 7) {
                    s.archivedOn = capped(s.declinedOn.plusDays(10 + random.nextInt(20)));
                    s.status = CaseStatus.ARCHIVED;
                }
                return s;
            }
            s.acceptedOn = capped(workingDayAfter(on.plusDays(random.nextInt(2))));
            s.status = CaseStatus.ACCEPTED;
            if (age < 4 && roll < 800) {
                return s;
            }
            s.firstSessionOn = capped(s.acceptedOn.plusDays(1 + random.nextInt(5)));
            s.sessions = 1 + random.nextInt(3);
            s.status = CaseStatus.MEDIATING;
            // A few stay in mediation past their 30 days (the overdue worklist); recent ones are still going.
            boolean stuck = age >= 25 && age < 70 && roll > 985;
            if (stuck || age < 12 + random.nextInt(20)) {
                return s;
            }
            LocalDate concluded = capped(s.firstSessionOn.plusDays(2L * (s.sessions - 1) + random.nextInt(10)));
            if (roll < 38) {
                s.failedOn = concluded;
                s.status = CaseStatus.FAILED;
            } else {
                s.agreedOn = concluded;
                s.status = CaseStatus.AGREEMENT_REACHED;
                if (ChronoUnit.DAYS.between(concluded, today) > 20) {
                    s.performanceOn = capped(concluded.plusDays(10 + random.nextInt(10)));
                }
                if (s.performanceOn != null && random.nextInt(3) == 0) {
                    s.followUpOn = capped(s.performanceOn.plusDays(5 + random.nextInt(20)));
                }
            }
            LocalDate last = s.lastStep();
            if (ChronoUnit.DAYS.between(last, today) > 45 && random.nextInt(10) < 8) {
                s.archivedOn = capped(last.plusDays(15 + random.nextInt(25)));
                s.status = CaseStatus.ARCHIVED;
            }
            return s;
        }

        LocalDate capped(LocalDate day) {
            return day.isAfter(today) ? today : day;
        }

        LocalDate workingDayAfter(LocalDate day) {
            LocalDate d = day;
            while (!calculator.isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }

        BigDecimal amount(DisputeType type) {
            int base = switch (type) {
                case MEDICAL -> 20000 + random.nextInt(280000);
                case TRAFFIC_ACCIDENT -> 5000 + random.nextInt(145000);
                case LABOUR -> 3000 + random.nextInt(57000);
                case DAMAGES, LAND_ACQUISITION -> 2000 + random.nextInt(80000);
                case CONTRACT, BUSINESS_OPERATION -> 5000 + random.nextInt(100000);
                case MARRIAGE_FAMILY, HOUSING_HOMESTEAD -> random.nextInt(3) == 0 ? 0 : 2000 + random.nextInt(50000);
                case PROPERTY_MGMT, CONSUMER -> 500 + random.nextInt(20000);
                default -> random.nextInt(2) == 0 ? 0 : 200 + random.nextInt(8000);
            };
            return base == 0 ? null : BigDecimal.valueOf(base / 10 * 10L).setScale(2);
        }

        String organisation(DisputeType type) {
            String[] words = {"康泰", "华信", "宏达", "恒通", "金源", "同心", "安居", "瑞丰", "永盛", "兴业"};
            String w = words[random.nextInt(words.length)];
            return switch (type) {
                case MEDICAL -> county.shortName() + w + "医院";
                case PROPERTY_MGMT -> county.shortName() + w + "物业管理有限公司";
                case LABOUR -> county.shortName() + w + "建筑劳务有限公司";
                case CONSUMER -> county.shortName() + w + "商贸有限公司";
                default -> county.shortName() + w + "实业有限公司";
            };
        }

        String summary(DisputeType type) {
            return switch (type) {
                case MEDICAL -> "患者家属认为医院诊疗过程存在过错,要求赔偿";
                case TRAFFIC_ACCIDENT -> "两车剐蹭致一方受伤,就医疗费、误工费赔偿发生争议";
                case PROPERTY_MGMT -> "业主以服务质量差为由拒交物业费,与物业公司发生争执";
                case LABOUR -> "务工人员被拖欠工资,多次讨要未果";
                case MARRIAGE_FAMILY -> "夫妻因家庭琐事及子女抚养问题发生矛盾";
                case NEIGHBOUR -> "相邻双方因排水、通行问题发生争执";
                case HOUSING_HOMESTEAD -> "兄弟之间因宅基地界址发生争议";
                case CONTRACT -> "买卖合同货款结算发生纠纷";
                case DAMAGES -> "饲养的犬只咬伤他人,就赔偿数额发生争议";
                case CONSUMER -> "消费者购买的商品存在质量问题,要求退换赔偿";
                case FOREST_LAND -> "村民之间因山林界址不清发生争执";
                case LAND_ACQUISITION -> "征地补偿款分配发生争议";
                case ENVIRONMENT -> "餐馆油烟噪声影响周边居民生活";
                case VILLAGE_AFFAIRS -> "村民对村务公开及集体收益分配有异议";
                case BUSINESS_OPERATION -> "合伙经营利润分配发生纠纷";
                case INTELLECTUAL_PROPERTY -> "店铺招牌涉嫌使用他人注册商标";
                default -> "其他民间纠纷";
            };
        }

        <T> T pick(Map<T, Integer> weights) {
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            int r = random.nextInt(total);
            for (Map.Entry<T, Integer> e : weights.entrySet()) {
                r -= e.getValue();
                if (r < 0) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException();
        }
    }

    static final class Story {
        LocalDate receivedOn;
        CaseStatus status;
        LocalDate acceptedOn;
        LocalDate declinedOn;
        LocalDate firstSessionOn;
        int sessions;
        LocalDate agreedOn;
        LocalDate failedOn;
        LocalDate performanceOn;
        LocalDate followUpOn;
        LocalDate archivedOn;

        LocalDate lastStep() {
            LocalDate last = receivedOn;
            for (LocalDate d : new LocalDate[] {acceptedOn, declinedOn, firstSessionOn == null ? null : firstSessionOn.plusDays(2L * (sessions - 1)),
                    agreedOn, failedOn, performanceOn, followUpOn, archivedOn}) {
                if (d != null && d.isAfter(last)) {
                    last = d;
                }
            }
            return last;
        }
    }
}
