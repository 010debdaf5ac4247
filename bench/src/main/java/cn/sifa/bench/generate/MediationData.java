package cn.sifa.bench.generate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 人民调解: 1,000,000 cases per unit of scale with their parties, mediators, sessions, agreements (columns of the
 * case row), follow-ups; the committees and mediators they belong to, screenings and the provinces' incentive
 * rules. Dispute types in the proportions of 开福区's 2023 H1 report (医疗130, 交通事故104, 物业102, 劳动人事173,
 * 知识产权5, 婚姻家庭113 of 3386; the rest spread over the other types); about 98% of concluded cases succeed.
 */
final class MediationData implements Domain {

    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final String BY = "bench-generator";

    /** 开福 H1 2023: the six named types by their own counts, the 2,759 others spread by typical shares. */
    static final Weighted<String> DISPUTE_TYPE = Weighted.of(
            "MEDICAL", 130, "TRAFFIC_ACCIDENT", 104, "PROPERTY_MGMT", 102, "LABOUR", 173, "INTELLECTUAL_PROPERTY", 5,
            "MARRIAGE_FAMILY", 113, "NEIGHBOUR", 900, "DAMAGES", 400, "CONTRACT", 300, "HOUSING_HOMESTEAD", 250,
            "CONSUMER", 250, "BUSINESS_OPERATION", 200, "OTHER", 200, "VILLAGE_AFFAIRS", 100, "LAND_ACQUISITION", 60,
            "FOREST_LAND", 50, "ENVIRONMENT", 49);
    /** 开福: 487 court referrals (委派) against 3,386 successes, about 14%. */
    static final Weighted<String> SOURCE = Weighted.of(
            "PARTY_APPLICATION", 44, "PROACTIVE", 15, "COURT_REFERRAL", 14, "POLICE_REFERRAL", 10, "PETITION_REFERRAL", 3,
            "TRAFFIC_POLICE_REFERRAL", 4, "OTHER_AGENCY_REFERRAL", 10);
    static final Weighted<String> DIFFICULTY = Weighted.of("SIMPLE", 50, "ORDINARY", 35, "DIFFICULT", 12, "MAJOR", 3);
    static final Weighted<String> DECLINE = Weighted.of("PARTY_REFUSED", 50, "RESERVED_TO_OTHER_BODY", 20, "NOT_MEDIABLE", 15,
            "ALREADY_HANDLED_ELSEWHERE", 10, "OTHER", 5);
    static final String[] INDUSTRY = {"MEDICAL", "TRAFFIC_ACCIDENT", "PROPERTY_MGMT", "LABOUR"};
    static final String[] INDUSTRY_NAMES = {"医疗纠纷人民调解委员会", "道路交通事故纠纷人民调解委员会", "物业纠纷人民调解委员会", "劳动人事争议人民调解委员会"};

    private final long seed;
    private final long total;
    private final WorkingCalendar calendar;
    private final Counties counties;
    private final LocalDate to;
    private final List<LocalDate> monthStarts = new ArrayList<>();
    private final List<List<LocalDate>> workingDaysOfMonth = new ArrayList<>();
    private final long[] perMonth;
    /** Per chunk: the county index of each case, drawn up front so that case numbers run on across months. */
    private int[][] countyOfCase;
    /** Per chunk and county: the first sequence number of the chunk's cases in that county's year. */
    private int[][] seqStart;
    private Committee[][] committeesOfCounty;
    private final AtomicLong written = new AtomicLong();
    private boolean history;

    record Committee(UUID id, String name, String industryType, UUID[] mediators, String[] mediatorNames) {
    }

    MediationData(long seed, double scale, LocalDate from, LocalDate to, WorkingCalendar calendar, Counties counties) {
        this.seed = seed;
        this.total = Math.round(1_000_000 * scale);
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
        return "mediation";
    }

    @Override
    public List<String> tables() {
        List<String> t = new ArrayList<>(List.of("med_case", "med_case_party", "med_case_mediator", "med_case_session", "med_case_session_mediator",
                "med_case_follow_up", "med_screening", "med_committee_member", "med_mediator", "med_mediator_specialty", "med_committee", "med_incentive_rule"));
        if (history) {
            t.addAll(List.of("core_transition", "core_deadline"));
        }
        return t;
    }

    @Override
    public boolean present(Connection c) throws Exception {
        // The workflow history and the time-limit deadline, where the core tables exist (the detail page reads them).
        history = BulkLoad.tableExists(c, "core_transition") && BulkLoad.tableExists(c, "core_deadline");
        for (String t : tables()) {
            if (!BulkLoad.tableExists(c, t)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<CopyBuffer> prepare(Connection c) throws Exception {
        int n = counties.all.size();
        countyOfCase = new int[monthStarts.size()][];
        seqStart = new int[monthStarts.size()][n];
        int[] seq = new int[n];
        int year = -1;
        for (int m = 0; m < monthStarts.size(); m++) {
            if (monthStarts.get(m).getYear() != year) {
                year = monthStarts.get(m).getYear();
                java.util.Arrays.fill(seq, 0);
            }
            SplittableRandom r = new SplittableRandom(seed * 7_919L + 100_000 + m);
            int[] picks = new int[(int) perMonth[m]];
            System.arraycopy(seq, 0, seqStart[m], 0, n);
            for (int i = 0; i < picks.length; i++) {
                picks[i] = counties.pick(r).index();
                seq[picks[i]]++;
            }
            countyOfCase[m] = picks;
        }

        SplittableRandom r = new SplittableRandom(seed * 31 + 1);
        Ids ids = new Ids(1, 0xFFF, r);
        CopyBuffer committees = new CopyBuffer("med_committee", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "name, type, organization_id, address, phone, established_on, term_start_on, term_ends_on, active");
        CopyBuffer mediators = new CopyBuffer("med_mediator", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "committee_id, name, gender, id_number, phone, username, employment, grade, profession, in_expert_pool, appointed_on, active");
        CopyBuffer specialties = new CopyBuffer("med_mediator_specialty", "mediator_id, specialty");
        CopyBuffer members = new CopyBuffer("med_committee_member", "committee_id, sort_order, name, gender, office, ethnic_minority, mediator_id");
        CopyBuffer rules = new CopyBuffer("med_incentive_rule", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "kind, dispute_type, difficulty, subsidy_amount, credit_points, valid_from, valid_to, note");
        OffsetDateTime created = monthStarts.get(0).atTime(LocalTime.of(9, 0)).atOffset(CST);
        double mean = counties.meanWeight();
        committeesOfCounty = new Committee[n][];
        String[] grades = {"CHIEF", "SENIOR", "INTERMEDIATE", "JUNIOR", "UNRATED"};
        for (Counties.County county : counties.all) {
            int count = (int) Math.round(8 + 8 * Math.sqrt(county.weight() / mean));
            Committee[] list = new Committee[count];
            for (int i = 0; i < count; i++) {
                UUID id = ids.next();
                String industry = i < INDUSTRY.length ? INDUSTRY[i] : null;
                String type = industry != null ? "INDUSTRY_PROFESSIONAL" : i < 8 ? "TOWNSHIP_STREET" : i % 3 == 0 ? "VILLAGE" : "RESIDENTS";
                String name = industry != null ? county.name() + INDUSTRY_NAMES[i]
                        : county.name() + switch (type) {
                            case "TOWNSHIP_STREET" -> "第" + (i - 3) + "街道人民调解委员会";
                            case "VILLAGE" -> "第" + i + "村人民调解委员会";
                            default -> "第" + i + "社区人民调解委员会";
                        };
                LocalDate termStart = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(365));
                committees.uuid(id).num(0).ts(created).text(BY).ts(created).text(BY).text(county.code()).text(name).text(type)
                        .nul().text(county.name() + "人民路" + (1 + r.nextInt(300)) + "号").text("0" + (700 + r.nextInt(200)) + "-" + (8000000 + r.nextInt(999999)))
                        .date(LocalDate.of(2011 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                        .date(termStart).date(termStart.plusYears(3)).bool(true);
                committees.end();
                int memberCount = 3 + r.nextInt(5);
                UUID[] mids = new UUID[memberCount];
                String[] names = new String[memberCount];
                for (int j = 0; j < memberCount; j++) {
                    UUID mid = ids.next();
                    mids[j] = mid;
                    names[j] = People.personName(r);
                    boolean expert = r.nextInt(100) < 5;
                    String gender = j == 1 || r.nextInt(100) < 35 ? "FEMALE" : "MALE";
                    mediators.uuid(mid).num(0).ts(created).text(BY).ts(created).text(BY).text(county.code()).uuid(id).text(names[j])
                            .text(gender).text(People.citizenId(r, county.code()))
                            .text(People.mobile(r)).nul().text(r.nextBoolean() ? "FULL_TIME" : "PART_TIME")
                            .text(grades[r.nextInt(grades.length)]).text(expert ? "律师" : null).bool(expert)
                            .date(LocalDate.of(2012 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(28))).bool(true);
                    mediators.end();
                    // Art 9: 3 to 9 members, one 主任, at least one woman (member 1 is always a woman here)
                    members.uuid(id).num(j).text(names[j]).text(gender)
                            .text(j == 0 ? "DIRECTOR" : j == 1 ? "DEPUTY_DIRECTOR" : "MEMBER").bool(r.nextInt(100) < 5).uuid(mid);
                    members.end();
                    if (expert) {
                        specialties.uuid(mid).text(industry != null ? industry : DISPUTE_TYPE.pick(r));
                        specialties.end();
                    }
                }
                list[i] = new Committee(id, name, industry, mids, names);
            }
            committeesOfCounty[county.index()] = list;
        }
        String[] difficulties = {"SIMPLE", "ORDINARY", "DIFFICULT", "MAJOR"};
        int[] subsidies = {50, 100, 300, 800};
        for (String province : Counties.PROVINCES) {
            for (int i = 0; i < difficulties.length; i++) {
                rules.uuid(ids.next()).num(0).ts(created).text(BY).ts(created).text(BY).text(province + "0000").text("SUCCESSFUL_MEDIATION")
                        .nul().text(difficulties[i]).num(BigDecimal.valueOf(subsidies[i])).num(1L << i).date(LocalDate.of(2021, 1, 1)).nul()
                        .text("以案定补");
                rules.end();
            }
            rules.uuid(ids.next()).num(0).ts(created).text(BY).ts(created).text(BY).text(province + "0000").text("SCREENING")
                    .nul().nul().num(BigDecimal.valueOf(10)).num(0).date(LocalDate.of(2021, 1, 1)).nul().text("排查补贴");
            rules.end();
        }
        BulkLoad.copy(c, committees, mediators, specialties, members, rules);
        return List.of(committees, mediators, specialties, members, rules);
    }

    @Override
    public int chunks() {
        return monthStarts.size();
    }

    @Override
    public List<CopyBuffer> chunk(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + 100_000 + index);
        Ids ids = new Ids(4, index, r);
        CopyBuffer cases = new CopyBuffer("med_case", "id, version, created_at, created_by, updated_at, updated_by, division_code, case_no, "
                + "committee_id, screening_id, organization_id, assignee, source, dispute_type, difficulty, summary, amount_involved, received_on, "
                + "status, last_step_on, accepted_on, declined_on, decline_reason_code, decline_reason, routes_told, mediating_since, "
                + "session_count, escalation_risk, police_reported_on, police_station, escalation_measures, agreement_form, agreement_terms, "
                + "agreement_amount, agreement_effective_on, agreement_perform_by, failed_on, fail_reason, performance_result, "
                + "performance_checked_on, performance_note, jc_applied_on, jc_court, jc_result, jc_decided_on, follow_up_count, archived_on, archive_note");
        CopyBuffer parties = new CopyBuffer("med_case_party", "id, case_id, sort_order, role, kind, name, id_number, credit_code, phone");
        CopyBuffer caseMediators = new CopyBuffer("med_case_mediator", "case_id, mediator_id");
        CopyBuffer sessions = new CopyBuffer("med_case_session", "id, case_id, held_on, place, notes, public_session, invitees_consented");
        CopyBuffer sessionMediators = new CopyBuffer("med_case_session_mediator", "session_id, mediator_id");
        CopyBuffer followUps = new CopyBuffer("med_case_follow_up", "id, case_id, visited_on, method, visitor, notes, satisfied");
        CopyBuffer transitions = new CopyBuffer("core_transition", "id, version, division_code, record_type, record_id, action, "
                + "from_state, to_state, occurred_on, actor, actor_name, recorded_at, comment, created_at, created_by, updated_at, updated_by");
        CopyBuffer deadlines = new CopyBuffer("core_deadline", "id, version, division_code, record_type, record_id, kind, label, anchor_date, "
                + "amount, unit, due_date, basis, met_on, status, provisional, assignee, unit_org_id, case_no, link, created_at, created_by, updated_at, updated_by");
        CopyBuffer screenings = new CopyBuffer("med_screening", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "committee_id, mediator_id, screened_on, place, dispute_type, summary, risk_level, escalation_risk, measures, status, case_id, resolved_on");

        List<LocalDate> days = workingDaysOfMonth.get(index);
        int[] picks = countyOfCase[index];
        int[] seq = seqStart[index].clone();
        int year = monthStarts.get(index).getYear();
        for (int k = 0; k < picks.length; k++) {
            Counties.County county = counties.all.get(picks[k]);
            int no = ++seq[county.index()];
            UUID id = ids.next();
            String type = DISPUTE_TYPE.pick(r);
            String source = type.equals("TRAFFIC_ACCIDENT") && r.nextBoolean() ? "TRAFFIC_POLICE_REFERRAL" : SOURCE.pick(r);
            String difficulty = DIFFICULTY.pick(r);
            LocalDate received = days.get(r.nextInt(days.size()));
            Committee committee = committeeFor(county, type, r);
            String applicant = People.personName(r);
            String respondent = respondentName(type, county, r);
            BigDecimal involved = r.nextInt(100) < 70 ? BigDecimal.valueOf(Math.round(Math.exp(7 + r.nextDouble() * 4.5)), 0) : null;
            boolean escalation = r.nextInt(1000) < 15;

            String status;
            LocalDate last = received;
            LocalDate accepted = null, declined = null, mediating = null, effective = null, performBy = null, failed = null;
            LocalDate perfChecked = null, jcApplied = null, jcDecided = null, archived = null, nextDue = null;
            String declineCode = null, agreementForm = null, perfResult = null, jcResult = null;
            BigDecimal agreed = null;
            int sessionCount = 0;
            List<LocalDate> heldDates = new ArrayList<>(3);
            boolean declinedCase = r.nextInt(100) < 2;
            LocalDate step = calendar.plusWorkingDays(received, r.nextInt(3));
            if (step.isAfter(to)) {
                status = "REGISTERED";
            } else if (declinedCase) {
                status = "DECLINED";
                declined = step;
                declineCode = DECLINE.pick(r);
                last = declined;
            } else {
                accepted = step;
                last = accepted;
                status = "ACCEPTED";
                nextDue = calendar.plusCalendarDays(accepted, 30);
                LocalDate start = calendar.plusWorkingDays(accepted, r.nextInt(3));
                if (!start.isAfter(to)) {
                    mediating = start;
                    status = "MEDIATING";
                    last = mediating;
                    int lag = r.nextInt(100) < 94 ? 1 + r.nextInt(19) : 20 + r.nextInt(20);
                    LocalDate concluded = calendar.plusWorkingDays(mediating, lag);
                    sessionCount = 1 + (r.nextInt(10) < 6 ? 0 : r.nextInt(10) < 7 ? 1 : 2);
                    int held = 0;
                    for (int s = 0; s < sessionCount; s++) {
                        LocalDate heldOn = s == 0 ? mediating : calendar.nextWorkingDayFrom(mediating.plusDays(
                                (long) (concluded.toEpochDay() - mediating.toEpochDay()) * s / sessionCount));
                        if (heldOn.isAfter(to)) {
                            break;
                        }
                        UUID sid = ids.next();
                        sessions.uuid(sid).uuid(id).date(heldOn).text(committee.name().replace("人民调解委员会", "调解室"))
                                .text("第" + (s + 1) + "次调解:听取双方陈述,释法说理," + (s + 1 == sessionCount ? "促成双方达成一致意见。" : "双方分歧较大,约定再次调解。"))
                                .bool(false).bool(false);
                        sessions.end();
                        UUID mediator = committee.mediators()[r.nextInt(committee.mediators().length)];
                        sessionMediators.uuid(sid).uuid(mediator);
                        sessionMediators.end();
                        held++;
                        heldDates.add(heldOn);
                        last = heldOn;
                    }
                    sessionCount = held;
                    if (!concluded.isAfter(to)) {
                        int successPerMille = type.equals("MEDICAL") || type.equals("LAND_ACQUISITION") ? 955 : 982;
                        if (r.nextInt(1000) < successPerMille) {
                            status = "AGREEMENT_REACHED";
                            effective = concluded;
                            agreementForm = r.nextInt(100) < 82 ? "WRITTEN" : "ORAL";
                            if (involved != null) {
                                agreed = involved.multiply(BigDecimal.valueOf(40 + r.nextInt(61))).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
                            }
                            if (agreementForm.equals("WRITTEN") && agreed != null) {
                                performBy = effective.plusDays(7 + r.nextInt(54));
                                if (!performBy.isAfter(to)) {
                                    perfChecked = performBy;
                                    perfResult = r.nextInt(100) < 97 ? "PERFORMED" : "BREACHED";
                                }
                            }
                            if (agreementForm.equals("WRITTEN") && r.nextInt(100) < 12) {
                                LocalDate applied = effective.plusDays(1 + r.nextInt(25));
                                if (!applied.isAfter(to)) {
                                    jcApplied = applied;
                                    LocalDate decided = calendar.plusWorkingDays(applied, 5 + r.nextInt(10));
                                    if (!decided.isAfter(to)) {
                                        jcDecided = decided;
                                        jcResult = r.nextInt(100) < 96 ? "CONFIRMED" : "REJECTED";
                                    }
                                }
                            }
                            last = effective;
                        } else {
                            status = "FAILED";
                            failed = concluded;
                            last = failed;
                        }
                        nextDue = null;
                        LocalDate archiveOn = concluded.plusDays(30 + r.nextInt(60));
                        if (!archiveOn.isAfter(to) && r.nextInt(100) < 85) {
                            archived = calendar.nextWorkingDayFrom(archiveOn);
                            if (archived.isAfter(to)) {
                                archived = null;
                            } else {
                                status = "ARCHIVED";
                            }
                        }
                    }
                }
            }
            int followUpCount = 0;
            LocalDate visitedOn = null;
            if (effective != null && r.nextInt(100) < 30) {
                LocalDate visited = effective.plusDays(10 + r.nextInt(50));
                if (!visited.isAfter(to) && (archived == null || !visited.isAfter(archived))) {
                    followUps.uuid(ids.next()).uuid(id).date(visited).text(r.nextInt(3) == 0 ? "VISIT" : "PHONE")
                            .text(committee.mediatorNames()[0]).text("回访当事人,协议履行情况良好。").bool(r.nextInt(100) < 96);
                    followUps.end();
                    followUpCount = 1;
                    visitedOn = visited;
                }
            }
            for (LocalDate d : new LocalDate[] {perfChecked, jcApplied, jcDecided, archived}) {
                if (d != null && d.isAfter(last)) {
                    last = d;
                }
            }
            LocalDate policeOn = escalation ? received : null;
            String caseNo = county.shortName() + "调〔" + year + "〕" + no + "号";
            if (history) {
                Tr tr = new Tr(transitions, ids, county.code(), id, r);
                tr.add("register", null, "REGISTERED", received);
                if (declined != null) {
                    tr.add("decline", "REGISTERED", "DECLINED", declined);
                }
                String st = "REGISTERED";
                if (accepted != null) {
                    tr.add("accept", st, "ACCEPTED", accepted);
                    st = "ACCEPTED";
                }
                for (LocalDate h : heldDates) {
                    tr.add("sessions", st, "MEDIATING", h);
                    st = "MEDIATING";
                }
                if (effective != null) {
                    tr.add("agreement", st, "AGREEMENT_REACHED", effective);
                    st = "AGREEMENT_REACHED";
                }
                if (failed != null) {
                    tr.add("fail", st, "FAILED", failed);
                    st = "FAILED";
                }
                if (perfChecked != null) {
                    tr.add("performance", st, st, perfChecked);
                }
                if (jcApplied != null) {
                    tr.add("judicial-confirmation", st, st, jcDecided != null ? jcDecided : jcApplied);
                }
                if (visitedOn != null) {
                    tr.add("follow-ups", st, st, visitedOn);
                }
                if (archived != null) {
                    tr.add("archive", st, "ARCHIVED", archived);
                }
                if (accepted != null) {
                    LocalDate due = calendar.plusCalendarDays(accepted, 30);
                    LocalDate concluded = effective != null ? effective : failed;
                    String dStatus = concluded == null ? "OPEN" : concluded.isAfter(due) ? "MISSED" : "MET";
                    OffsetDateTime at = accepted.atTime(10, 0).atOffset(CST);
                    deadlines.uuid(ids.next()).num(0).text(county.code()).text("mediation-case").uuid(id).text("MEDIATION_TIME_LIMIT")
                            .text("调解期限").date(accepted).num(30).text("CALENDAR_DAY").date(due)
                            .text("地方实践:人民调解法未规定调解期限,一般在30日内调解结束(可按省配置)").date(concluded).text(dStatus)
                            .bool(false).nul().nul().text(caseNo).text("/mediation/cases/" + id).ts(at).text(BY).ts(at).text(BY);
                    deadlines.end();
                }
            }

            OffsetDateTime created = received.atTime(8 + r.nextInt(9), r.nextInt(60)).atOffset(CST);
            OffsetDateTime updated = last.equals(received) ? created : last.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(CST);
            cases.uuid(id).num(sessionCount + (accepted != null ? 1 : 0) + (effective != null || failed != null ? 1 : 0) + (archived != null ? 1 : 0))
                    .ts(created).text(BY).ts(updated).text(BY).text(county.code())
                    .text(caseNo).uuid(committee.id()).nul().nul().nul()
                    .text(source).text(type).text(difficulty).text(summary(type, applicant, respondent, r)).num(involved).date(received)
                    .text(status).date(last).date(accepted).date(declined).text(declineCode)
                    .text(declined != null ? "经审查,该纠纷不适宜人民调解。" : null).text(declined != null || failed != null ? (type.equals("LABOUR") ? "LABOUR_ARBITRATION,LITIGATION" : "LITIGATION") : null)
                    .date(mediating).num(sessionCount).bool(escalation).date(policeOn).text(escalation ? county.shortName() + "公安分局城东派出所" : null)
                    .text(escalation ? "安排专人稳控,防止矛盾激化。" : null)
                    .text(agreementForm).text(effective != null ? "双方自愿达成如下协议:" + respondent + "一次性" + (agreed != null ? "支付" + applicant + agreed.toPlainString() + "元" : "向" + applicant + "赔礼道歉") + ",双方纠纷就此了结。" : null)
                    .num(agreed).date(effective).date(performBy).date(failed).text(failed != null ? "双方分歧较大,调解不成。" : null)
                    .text(perfResult).date(perfChecked).text(perfResult != null ? "电话回访核实履行情况。" : null)
                    .date(jcApplied).text(jcApplied != null ? county.name() + "人民法院" : null).text(jcResult).date(jcDecided)
                    .num(followUpCount).date(archived).text(archived != null ? "案卷材料齐全,予以归档。" : null);
            cases.end();

            int nParties = r.nextInt(100) < 80 ? 2 : r.nextInt(100) < 75 ? 3 : 4;
            for (int p = 0; p < nParties; p++) {
                boolean org = p == 1 && (type.equals("MEDICAL") || type.equals("PROPERTY_MGMT") || type.equals("LABOUR") || type.equals("CONSUMER")
                        || type.equals("BUSINESS_OPERATION")) || (p > 1 && r.nextInt(100) < 20);
                String name = p == 0 ? applicant : p == 1 ? respondent : org ? People.orgName(r, county.shortName()) : People.personName(r);
                parties.uuid(ids.next()).uuid(id).num(p).text(p == 0 ? "APPLICANT" : p == 1 ? "RESPONDENT" : r.nextBoolean() ? "APPLICANT" : "THIRD_PARTY")
                        .text(org ? "ORGANIZATION" : "PERSON").text(name)
                        .text(!org && r.nextInt(100) < 90 ? People.citizenId(r, county.code()) : null)
                        .text(org && r.nextInt(100) < 95 ? People.creditCode(r, county.code()) : null)
                        .text(r.nextInt(100) < 85 ? People.mobile(r) : null);
                parties.end();
            }
            if (accepted != null) {
                int m1 = r.nextInt(committee.mediators().length);
                caseMediators.uuid(id).uuid(committee.mediators()[m1]);
                caseMediators.end();
                if (r.nextInt(100) < 35 && committee.mediators().length > 1) {
                    caseMediators.uuid(id).uuid(committee.mediators()[(m1 + 1) % committee.mediators().length]);
                    caseMediators.end();
                }
            }
            if (r.nextInt(100) < 25) {
                LocalDate screened = days.get(r.nextInt(days.size()));
                boolean open = screened.plusDays(30).isAfter(to);
                String risk = r.nextInt(100) < 80 ? "LOW" : r.nextInt(100) < 80 ? "MEDIUM" : "HIGH";
                OffsetDateTime sAt = screened.atTime(10, 0).atOffset(CST);
                screenings.uuid(ids.next()).num(0).ts(sAt).text(BY).ts(sAt).text(BY).text(county.code()).uuid(committee.id())
                        .uuid(committee.mediators()[0]).date(screened).text(county.name() + "第" + (1 + r.nextInt(20)) + "网格")
                        .text(DISPUTE_TYPE.pick(r)).text("网格员走访发现矛盾苗头,已登记跟进。").text(risk).bool(risk.equals("HIGH") && r.nextBoolean())
                        .text("上门走访,释法说理。").text(open ? "OPEN" : "RESOLVED").nul().date(open ? null : calendar.afterWorkingDays(screened, 5 + r.nextInt(10), to));
                screenings.end();
            }
        }
        written.addAndGet(picks.length);
        return List.of(cases, parties, caseMediators, sessions, sessionMediators, followUps, screenings, transitions, deadlines);
    }

    /** One core_transition row per workflow step, as CaseWorkflow records them. */
    private static final class Tr {
        private final CopyBuffer out;
        private final Ids ids;
        private final String division;
        private final UUID record;
        private final SplittableRandom r;

        Tr(CopyBuffer out, Ids ids, String division, UUID record, SplittableRandom r) {
            this.out = out;
            this.ids = ids;
            this.division = division;
            this.record = record;
            this.r = r;
        }

        void add(String action, String from, String to, LocalDate on) {
            OffsetDateTime at = on.atTime(9 + r.nextInt(8), r.nextInt(60), r.nextInt(60)).atOffset(CST);
            out.uuid(ids.next()).num(0).text(division).text("mediation-case").uuid(record).text(action).text(from).text(to).date(on)
                    .text(BY).text("基准数据").ts(at).nul().ts(at).text(BY).ts(at).text(BY);
            out.end();
        }
    }

    private Committee committeeFor(Counties.County county, String type, SplittableRandom r) {
        Committee[] list = committeesOfCounty[county.index()];
        for (int i = 0; i < INDUSTRY.length; i++) {
            if (INDUSTRY[i].equals(type) && r.nextInt(100) < 70) {
                return list[i];
            }
        }
        return list[INDUSTRY.length + r.nextInt(list.length - INDUSTRY.length)];
    }

    private static String respondentName(String type, Counties.County county, SplittableRandom r) {
        return switch (type) {
            case "MEDICAL" -> county.shortName() + (r.nextBoolean() ? "人民医院" : "第" + (1 + r.nextInt(3)) + "人民医院");
            case "PROPERTY_MGMT", "LABOUR", "CONSUMER", "BUSINESS_OPERATION" -> People.orgName(r, county.shortName());
            default -> People.personName(r);
        };
    }

    private static String summary(String type, String a, String b, SplittableRandom r) {
        return switch (type) {
            case "MEDICAL" -> a + "认为" + b + "诊疗过程存在过错,要求赔偿医疗费、误工费等损失。";
            case "TRAFFIC_ACCIDENT" -> a + "与" + b + "发生道路交通事故,双方就损害赔偿数额协商不成。";
            case "PROPERTY_MGMT" -> a + "与" + b + "就物业费收取及小区公共设施维修问题产生纠纷。";
            case "LABOUR" -> a + "要求" + b + "支付拖欠的工资及经济补偿金。";
            case "MARRIAGE_FAMILY" -> a + "与" + b + "因家庭琐事及子女抚养问题发生矛盾。";
            case "NEIGHBOUR" -> a + "与邻居" + b + (r.nextBoolean() ? "因房屋漏水" : "因通行、采光") + "问题发生纠纷。";
            case "HOUSING_HOMESTEAD" -> a + "与" + b + "就宅基地界址及房屋建设问题发生争议。";
            case "CONTRACT" -> a + "与" + b + "因合同履行问题发生争议,要求对方承担违约责任。";
            case "DAMAGES" -> a + "要求" + b + "赔偿因侵权行为造成的财产损失。";
            default -> a + "与" + b + "发生纠纷,申请人民调解委员会调解。";
        };
    }

    @Override
    public String progress() {
        return String.format("%,d of %,d cases generated", written.get(), total);
    }
}
