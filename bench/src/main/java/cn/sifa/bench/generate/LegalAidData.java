package cn.sifa.bench.generate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * 法律援助: per county and year (scale 1.0) 450 cases (缙云 2021: 436 = 民事226 + 刑事209 + 行政1; 开封 2022: 4,870 over
 * its 9 county-level divisions), opened by a granted application (about 55%) or a notification of the court,
 * procuratorate or police (about 45%, the criminal cases); the applications (≈ 9 in 10 granted, 7% refused,
 * 2% withdrawn), 3,000 consultation 人次 (缙云 2,446; 开封 32,000 / 9) and 800 duty-lawyer services of which 672
 * plea-leniency participations (缙云), with the providers' roster. Deadlines: LA_REVIEW_DECISION (7 days) per
 * application, LA_ASSIGNMENT / LA_NOTIFIED_ASSIGNMENT (3 days) per case.
 */
final class LegalAidData extends ServiceDomain {

    static final String BY = MediationData.BY;
    static final OffsetDateTime T0 = OffsetDateTime.of(2021, 1, 4, 9, 0, 0, 0, MediationData.CST);

    /** 缙云 2021: 民事226, 刑事209, 行政1 of 436; the criminal share comes with the notifications. */
    static final Weighted<String> CIVIL_MATTER = Weighted.of("LABOUR_REMUNERATION", 30, "LABOUR_RELATION", 8, "WORK_INJURY", 10,
            "TRAFFIC_INJURY", 14, "MAINTENANCE", 12, "MEDICAL_INJURY", 3, "SOCIAL_INSURANCE_ASSISTANCE", 4, "PENSION", 2,
            "CIVIL_CAPACITY", 2, "FOOD_DRUG_INJURY", 1, "ENVIRONMENTAL_DAMAGE", 1, "CRIMINAL_VICTIM", 4, "APPEAL_RETRIAL", 2, "OTHER", 7);
    static final Weighted<String> GROUND = Weighted.of("OTHER_ORDINARY", 55, "MINOR", 20, "LIFE_OR_DEATH", 6, "DISABLED_SENSORY", 6,
            "DIMINISHED_CAPACITY", 5, "COMPULSORY_MEDICAL", 3, "IN_ABSENTIA", 1, "DEATH_REVIEW", 1);
    static final Weighted<String> NOTIFIER = Weighted.of("COURT", 60, "PROCURATORATE", 30, "PUBLIC_SECURITY", 10);
    static final Weighted<String> CHANNEL = Weighted.of("WINDOW", 62, "ONLINE", 25, "HOTLINE_12348", 7, "HOME_VISIT", 3, "CROSS_REGION", 3);
    static final Weighted<String> CONSULT_CHANNEL = Weighted.of("WINDOW", 40, "HOTLINE_12348", 35, "ONLINE", 15, "DUTY_POST", 6,
            "HOME_VISIT", 2, "OTHER", 2);
    static final Weighted<String> CONSULT_MATTER = Weighted.of("LABOUR_REMUNERATION", 20, "LABOUR_RELATION", 10, "MAINTENANCE", 12,
            "TRAFFIC_INJURY", 10, "WORK_INJURY", 8, "CRIMINAL_DEFENCE", 6, "SOCIAL_INSURANCE_ASSISTANCE", 5, "MEDICAL_INJURY", 3, "OTHER", 26);
    static final Weighted<String> DUTY_KIND = Weighted.of("LEGAL_ADVICE", 35, "PROCEDURE_ADVICE", 20, "CASE_OPINION", 20, "MEETING", 10,
            "FILE_REVIEW", 6, "COERCIVE_MEASURE_CHANGE", 4, "APPLICATION_FORWARDING", 3, "OTHER", 2);
    static final String[] POSTS = {"COURT", "PROCURATORATE", "DETENTION_HOUSE"};
    static final String[] POST_NAMES = {"人民法院法律援助工作站", "人民检察院法律援助工作站", "看守所法律援助工作站"};

    private final CountyLoad caseLoad;
    private final CountyLoad consultLoad;
    private final CountyLoad dutyLoad;
    private final long[] casesPerMonth;
    private final long[] consultPerMonth;
    private final long[] dutyPerMonth;
    private final long totalCases;
    private UUID[][] providersOf;
    private String[][] providerNamesOf;

    LegalAidData(long seed, double scale, LocalDate from, LocalDate to, WorkingCalendar calendar, Counties counties) {
        super(seed, from, to, calendar, counties);
        caseLoad = new CountyLoad(counties, 450, Map.of("331122", 436.0));
        consultLoad = new CountyLoad(counties, 3000 / 1.25, Map.of("331122", 2446 / 1.25));
        dutyLoad = new CountyLoad(counties, 800, Map.of("331122", 800.0));
        totalCases = caseLoad.total(scale, months.years());
        casesPerMonth = months.split(totalCases);
        consultPerMonth = months.split(consultLoad.total(scale, months.years()));
        dutyPerMonth = months.split(dutyLoad.total(scale, months.years()));
    }

    @Override
    public String name() {
        return "legalaid";
    }

    @Override
    public List<String> tables() {
        return List.of("la_case", "la_application", "la_application_opponent", "la_case_opponent", "la_case_service_record",
                "la_case_document", "la_duty_lawyer_service", "la_consultation", "la_provider");
    }

    @Override
    public List<String> recordTypes() {
        return List.of("legal-aid-application", "legal-aid-case");
    }

    @Override
    public List<CopyBuffer> prepare(Connection c) throws Exception {
        super.prepare(c);
        SplittableRandom r = new SplittableRandom(seed * 31 + 5);
        Ids ids = new Ids(8, 0xFFF, r);
        CopyBuffer providers = new CopyBuffer("la_provider", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "name, kind, firm, licence_no, phone, criminal_practice_since, active");
        providersOf = new UUID[counties.all.size()][];
        providerNamesOf = new String[counties.all.size()][];
        double mean = counties.meanWeight();
        for (Counties.County county : counties.all) {
            int n = (int) Math.round(12 + 10 * Math.sqrt(county.weight() / mean));
            providersOf[county.index()] = new UUID[n];
            providerNamesOf[county.index()] = new String[n];
            for (int i = 0; i < n; i++) {
                UUID id = ids.next();
                String name = People.personName(r);
                String kind = i < n * 3 / 4 ? "LAWYER" : i % 2 == 0 ? "GRASSROOTS_WORKER" : "VOLUNTEER";
                boolean lawyer = kind.equals("LAWYER");
                providersOf[county.index()][i] = id;
                providerNamesOf[county.index()][i] = name;
                providers.uuid(id).num(0).ts(T0).text(BY).ts(T0).text(BY).text(county.code()).text(name).text(kind)
                        .text(lawyer ? county.shortName() + People.SURNAMES[i % People.SURNAMES.length] + "律师事务所" : null)
                        .text(lawyer ? "1" + county.code() + String.format("%05d", i + 1) : null).text(People.mobile(r))
                        .date(lawyer && r.nextInt(100) < 60 ? LocalDate.of(2005 + r.nextInt(15), 1 + r.nextInt(12), 1) : null).bool(true);
                providers.end();
            }
        }
        BulkLoad.copy(c, providers);
        return List.of(providers);
    }

    @Override
    public List<CopyBuffer> chunk(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + 500_000 + index);
        Ids ids = new Ids(5, index, r);
        CopyBuffer apps = new CopyBuffer("la_application", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "application_no, handler, applicant_name, applicant_id_number, applicant_phone, applicant_address, category, matter, aid_form, "
                + "special_groups, channel, economic_status, received_on, summary, missing_materials, status, last_step_on, decided_on, granted, "
                + "decision_reason, objection_filed_on, objection_reason, withdrawn_on, case_id, detained, detention_place, forwarded_on");
        CopyBuffer opponents = new CopyBuffer("la_application_opponent", "application_id, position, name, id_number");
        CopyBuffer cases = new CopyBuffer("la_case", "id, version, created_at, created_by, updated_at, updated_by, division_code, case_no, "
                + "handler, source, application_id, client_name, client_id_number, client_phone, category, matter, aid_form, special_groups, "
                + "notifier, notifier_name, notification_ground, charge, opened_on, status, last_step_on, provider_id, chosen_by_applicant, "
                + "assigned_on, notifier_informed_on, termination_ground, terminated_on, result, recovered_amount, closed_on, quality_score, "
                + "quality_reviewed_on, satisfaction, followed_up_on, conflict_checked_on, conflict_findings, subsidy_amount, subsidy_basis");
        CopyBuffer caseOpponents = new CopyBuffer("la_case_opponent", "case_id, position, name, id_number");
        CopyBuffer records = new CopyBuffer("la_case_service_record", "case_id, position, served_on, kind, content");
        CopyBuffer documents = new CopyBuffer("la_case_document", "case_id, position, doc_type, name");
        CopyBuffer consults = new CopyBuffer("la_consultation", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "channel, consulted_on, matter, persons, enquirer_name, answered_by, summary, answer");
        CopyBuffer duty = new CopyBuffer("la_duty_lawyer_service", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "post_kind, post_name, provider_id, served_on, service_kind, plea_leniency, plea_signing_witnessed, persons_helped, note");
        CopyBuffer dl = Deadlines.buffer();
        List<LocalDate> days = months.workingDays().get(index);
        int year = months.starts().get(index).getYear();
        int month = months.starts().get(index).getMonthValue();
        int[] seqApp = new int[counties.all.size()];
        int[] seqCase = new int[counties.all.size()];
        for (long k = 0; k < casesPerMonth[index]; k++) {
            Counties.County county = caseLoad.pick(r);
            UUID[] roster = providersOf[county.index()];
            LocalDate received = days.get(r.nextInt(days.size()));
            String staff = "la-" + county.code();
            boolean notified = r.nextInt(100) < 45;
            String category;
            String matter;
            String form;
            if (notified) {
                category = "CRIMINAL";
                matter = "CRIMINAL_DEFENCE";
                form = "CRIMINAL_DEFENCE_AGENCY";
            } else {
                matter = CIVIL_MATTER.pick(r);
                category = matter.equals("STATE_COMPENSATION") ? "STATE_COMPENSATION" : matter.equals("CRIMINAL_VICTIM") ? "CRIMINAL"
                        : r.nextInt(200) == 0 ? "ADMINISTRATIVE" : r.nextInt(30) == 0 ? "NON_LITIGATION" : "CIVIL";
                form = category.equals("CRIMINAL") ? "CRIMINAL_DEFENCE_AGENCY" : matter.startsWith("LABOUR") && r.nextInt(100) < 40
                        ? "LABOR_ARBITRATION_AGENCY" : r.nextInt(100) < 5 ? "DOCUMENT_DRAFTING" : "CIVIL_ADMIN_STATE_COMP_AGENCY";
            }
            String client = People.personName(r);
            String clientId = People.citizenId(r, county.code());
            String groups = groups(matter, notified, r);
            String opponent = notified ? null : matter.startsWith("LABOUR") || matter.equals("WORK_INJURY") ? People.orgName(r, county.shortName())
                    : People.personName(r);
            UUID appId = null;
            LocalDate opened = received;
            boolean granted = true;
            if (!notified) {
                // the application, reviewed within 7 days (Art 43)
                appId = ids.next();
                LocalDate decided = received.plusDays(r.nextInt(100) < 96 ? 1 + r.nextInt(6) : 8 + r.nextInt(5));
                int p = r.nextInt(100);
                boolean pending = decided.isAfter(to);
                granted = !pending && p < 91;
                boolean withdrawn = !pending && !granted && p >= 98;
                boolean objection = !pending && !granted && !withdrawn && r.nextInt(10) == 0;
                LocalDate objectionOn = objection ? decided.plusDays(2 + r.nextInt(10)) : null;
                if (objectionOn != null && objectionOn.isAfter(to)) {
                    objectionOn = null;
                    objection = false;
                }
                String status = pending ? "UNDER_REVIEW" : granted ? "GRANTED" : withdrawn ? "DEEMED_WITHDRAWN" : objection ? "OBJECTION_FILED" : "REFUSED";
                UUID caseId = granted ? ids.next() : null;
                String appNo = county.shortName() + "援申〔" + year + "〕" + (month * 10000 + ++seqApp[county.index()]) + "号";
                OffsetDateTime at = received.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(MediationData.CST);
                LocalDate last = pending ? received : withdrawn ? decided : objectionOn != null ? objectionOn : decided;
                apps.uuid(appId).num(0).ts(at).text(BY).ts(last.atTime(16, 0).atOffset(MediationData.CST)).text(BY).text(county.code())
                        .text(appNo).text(staff).text(client).text(clientId).text(People.mobile(r)).text(county.name() + "人民路" + (1 + r.nextInt(300)) + "号")
                        .text(category).text(matter).text(form).text(groups).text(CHANNEL.pick(r))
                        .text(r.nextInt(100) < 70 ? "COMMITMENT" : r.nextInt(100) < 60 ? "VERIFICATION_EXEMPT" : "VERIFIED").date(received)
                        .text(client + "申请法律援助:" + (opponent == null ? "" : "与" + opponent + "发生纠纷,") + "经济困难无力委托律师。")
                        .text(r.nextInt(100) < 5 ? "户籍证明" : null).text(status).date(last)
                        .date(pending || withdrawn ? null : decided).raw(pending || withdrawn ? "\\N" : granted ? "t" : "f")
                        .text(pending || withdrawn ? null : granted ? "符合法律援助条件,决定给予法律援助。" : "经审查不符合经济困难标准,决定不予法律援助。")
                        .date(objectionOn).text(objectionOn != null ? "申请人对不予法律援助决定有异议。" : null).date(withdrawn ? decided : null)
                        .uuid(caseId).bool(false).nul().nul();
                apps.end();
                if (opponent != null) {
                    opponents.uuid(appId).num(0).text(opponent).nul();
                    opponents.end();
                }
                OffsetDateTime dat = received.atTime(9, 30).atOffset(MediationData.CST);
                deadlines.write(dl, ids, county.code(), "legal-aid-application", appId, "LA_REVIEW_DECISION", received,
                        pending || withdrawn ? null : decided, withdrawn, staff, appNo, "/legal-aid/applications/" + appId, dat);
                if (!granted) {
                    continue;
                }
                opened = decided;
                writeCase(caseId, appId, county, roster, opened, category, matter, form, groups, client, clientId, opponent, false, staff,
                        year, month, ++seqCase[county.index()], r, ids, cases, caseOpponents, records, documents, dl);
            } else {
                writeCase(ids.next(), null, county, roster, opened, category, matter, form, groups, client, clientId, null, true, staff,
                        year, month, ++seqCase[county.index()], r, ids, cases, caseOpponents, records, documents, dl);
            }
        }
        for (long k = 0; k < consultPerMonth[index]; k++) {
            Counties.County county = consultLoad.pick(r);
            LocalDate on = days.get(r.nextInt(days.size()));
            OffsetDateTime at = on.atTime(8 + r.nextInt(9), r.nextInt(60)).atOffset(MediationData.CST);
            String matter = CONSULT_MATTER.pick(r);
            int persons = r.nextInt(100) < 85 ? 1 : 2 + r.nextInt(2);
            consults.uuid(ids.next()).num(0).ts(at).text(BY).ts(at).text(BY).text(county.code()).text(CONSULT_CHANNEL.pick(r)).date(on)
                    .text(matter).num(persons).text(r.nextInt(100) < 60 ? People.personName(r) : null)
                    .text(providerNamesOf[county.index()][r.nextInt(providerNamesOf[county.index()].length)])
                    .text("咨询" + (matter.startsWith("LABOUR") ? "拖欠工资" : "纠纷") + "如何处理。").text("告知维权途径及所需材料。");
            consults.end();
        }
        for (long k = 0; k < dutyPerMonth[index]; k++) {
            Counties.County county = dutyLoad.pick(r);
            LocalDate on = days.get(r.nextInt(days.size()));
            OffsetDateTime at = on.atTime(8 + r.nextInt(9), r.nextInt(60)).atOffset(MediationData.CST);
            int post = r.nextInt(100) < 45 ? 1 : r.nextInt(100) < 70 ? 0 : 2;
            boolean plea = post != 2 && r.nextInt(100) < 90 || r.nextInt(100) < 40;
            UUID[] roster = providersOf[county.index()];
            duty.uuid(ids.next()).num(0).ts(at).text(BY).ts(at).text(BY).text(county.code()).text(POSTS[post])
                    .text(county.shortName() + POST_NAMES[post]).uuid(roster[r.nextInt(Math.max(1, roster.length * 3 / 4))]).date(on)
                    .text(plea ? "CASE_OPINION" : DUTY_KIND.pick(r)).bool(plea).bool(plea && r.nextInt(100) < 85)
                    .num(r.nextInt(100) < 75 ? 1 : 2 + r.nextInt(2)).nul();
            duty.end();
        }
        written.addAndGet(casesPerMonth[index]);
        return List.of(cases, apps, opponents, caseOpponents, records, documents, consults, duty, dl);
    }

    private void writeCase(UUID id, UUID appId, Counties.County county, UUID[] roster, LocalDate opened, String category, String matter,
                           String form, String groups, String client, String clientId, String opponent, boolean notified, String staff,
                           int year, int month, int seq, SplittableRandom r, Ids ids, CopyBuffer cases, CopyBuffer caseOpponents,
                           CopyBuffer records, CopyBuffer documents, CopyBuffer dl) {
        String caseNo = county.shortName() + "法援〔" + year + "〕" + (month * 10000 + seq) + "号";
        LocalDate assigned = opened.plusDays(r.nextInt(100) < 97 ? r.nextInt(4) : 4 + r.nextInt(4));
        if (assigned.isAfter(to)) {
            assigned = null;
        }
        int providerIndex = r.nextInt(Math.max(1, roster.length * 3 / 4));
        LocalDate served = assigned == null ? null : assigned.plusDays(2 + r.nextInt(20));
        if (served != null && served.isAfter(to)) {
            served = null;
        }
        LocalDate end = assigned == null ? null : assigned.plusDays(notified ? 40 + r.nextInt(150) : 30 + r.nextInt(240));
        boolean terminated = end != null && r.nextInt(100) < 3;
        if (end != null && (end.isAfter(to) || served == null)) {
            end = null;
            terminated = false;
        }
        LocalDate closed = terminated ? null : end;
        LocalDate terminatedOn = terminated ? end : null;
        String status = closed != null ? "CLOSED" : terminated ? "TERMINATED" : served != null ? "IN_SERVICE" : assigned != null ? "ASSIGNED"
                : "AWAITING_ASSIGNMENT";
        BigDecimal recovered = closed != null && (matter.startsWith("LABOUR") || matter.endsWith("INJURY") || matter.equals("MAINTENANCE"))
                ? BigDecimal.valueOf(Math.round(Math.exp(8.5 + r.nextDouble() * 2.5))) : null;
        BigDecimal subsidy = closed == null ? null : BigDecimal.valueOf(form.equals("CRIMINAL_DEFENCE_AGENCY") ? 2000
                : form.equals("LABOR_ARBITRATION_AGENCY") ? 1500 : form.equals("DOCUMENT_DRAFTING") ? 200 : 1800);
        LocalDate last = closed != null ? closed : terminatedOn != null ? terminatedOn : served != null ? served : assigned != null ? assigned : opened;
        OffsetDateTime at = opened.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(MediationData.CST);
        String notifier = notified ? NOTIFIER.pick(r) : null;
        cases.uuid(id).num(0).ts(at).text(BY).ts(last.atTime(17, 0).atOffset(MediationData.CST)).text(BY).text(county.code()).text(caseNo)
                .text(staff).text(notified ? "NOTIFICATION" : "APPLICATION").uuid(appId).text(client).text(clientId).text(People.mobile(r))
                .text(category).text(matter).text(form).text(groups).text(notifier)
                .text(notifier == null ? null : county.name() + switch (notifier) {
                    case "COURT" -> "人民法院";
                    case "PROCURATORATE" -> "人民检察院";
                    default -> "公安局";
                }).text(notified ? GROUND.pick(r) : null).text(notified ? (r.nextBoolean() ? "盗窃罪" : r.nextBoolean() ? "故意伤害罪" : "诈骗罪") : null)
                .date(opened).text(status).date(last).uuid(assigned == null ? null : roster[providerIndex])
                .raw(assigned == null ? "\\N" : !notified && r.nextInt(100) < 55 ? "t" : "f").date(assigned)
                .date(notified && assigned != null ? assigned : null).text(terminated ? "CLIENT_REQUEST" : null).date(terminatedOn)
                .text(closed != null ? (notified ? "已出庭辩护,判决已生效。" : "经代理,纠纷已解决。") : null).num(recovered).date(closed)
                .num(closed != null && r.nextInt(100) < 30 ? 80 + r.nextInt(21) : null)
                .date(closed != null && r.nextInt(100) < 30 ? closed : null).text(closed != null ? "SATISFIED" : null)
                .date(closed != null && r.nextInt(100) < 50 ? closed : null).date(assigned).num(assigned == null ? null : 0L)
                .num(subsidy).text(subsidy != null ? "平台默认标准(示例)" : null);
        cases.end();
        if (opponent != null) {
            caseOpponents.uuid(id).num(0).text(opponent).nul();
            caseOpponents.end();
        }
        if (served != null) {
            records.uuid(id).num(0).date(served).text(notified ? "MEETING" : "INVESTIGATION").text(notified ? "会见犯罪嫌疑人,了解案情。" : "调查取证。");
            records.end();
        }
        if (closed != null) {
            documents.uuid(id).num(0).text("CLOSING_REPORT").text("结案报告");
            documents.end();
        }
        deadlines.write(dl, ids, county.code(), "legal-aid-case", id, notified ? "LA_NOTIFIED_ASSIGNMENT" : "LA_ASSIGNMENT", opened,
                assigned, false, staff, caseNo, "/legal-aid/cases/" + id, at);
    }

    private static String groups(String matter, boolean notified, SplittableRandom r) {
        List<String> g = new ArrayList<>();
        if (matter.equals("LABOUR_REMUNERATION") && r.nextInt(100) < 70) {
            g.add("MIGRANT_WORKER");
        }
        if (r.nextInt(100) < 8) {
            g.add("DISABLED");
        }
        if (r.nextInt(100) < 12) {
            g.add("ELDERLY");
        }
        if ((notified || matter.equals("MAINTENANCE")) && r.nextInt(100) < 15) {
            g.add("MINOR");
        }
        if (r.nextInt(100) < 2) {
            g.add("MILITARY_FAMILY");
        }
        if (r.nextInt(100) < 20) {
            g.add("WOMAN");
        }
        return String.join(",", g.stream().sorted().toList());
    }

    @Override
    public String progress() {
        return String.format("%,d of %,d legal-aid cases generated", written.get(), totalCases);
    }
}
