package cn.sifa.bench.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * 行政复议 and 行政应诉: per county and year (scale 1.0) 80 reconsiderations (缙云 2021: 42 received; 开福 2023 H1: 154
 * accepted, so about 300 a year) with their applicants (rv_party), and 60 lawsuits (缙云 2021: 54 new; 开福 2023 H1:
 * 45 new, about 90 a year). About 9 in 10 applications are accepted, 97% decided within the 60 days, 1 in 5 merits
 * decisions corrects the agency; about 7% of first-instance judgments are lost (缙云 7.02%) and the head appears in
 * most hearings. Deadlines: RV_ACCEPTANCE_REVIEW, RV_COPY_*, RV_REPLY_*, RV_DECISION_* per reconsideration;
 * RV_LIT_DEFENCE per lawsuit.
 */
final class ReviewData extends ServiceDomain {

    static final String BY = MediationData.BY;

    static final Weighted<String> CATEGORY = Weighted.of("PENALTY", 30, "GOV_INFO", 14, "WORK_INJURY", 9, "EXPROPRIATION", 8,
            "NON_PERFORMANCE", 8, "LICENSING", 6, "COERCION", 6, "RESOURCE_TITLE", 5, "COMPENSATION_DECISION", 3, "SOCIAL_BENEFIT", 3,
            "ADMIN_AGREEMENT", 2, "OPERATING_AUTONOMY", 1, "ILLEGAL_LEVY", 1, "ANTI_COMPETITION", 0.5, "OTHER", 3.5);
    /** Merits decisions and the other ways a case ends (开福 H1: 调解结案 up 127%; 纠错 about 1 in 5). */
    static final Weighted<String> OUTCOME = Weighted.of("UPHOLD", 52, "REJECT_CLAIM", 8, "REVOKE", 8, "CONFIRM_ILLEGAL", 6, "CHANGE", 2,
            "PARTIAL_REVOKE", 2, "ORDER_PERFORMANCE", 2, "APPLICATION_DISMISSED", 3, "MEDIATED", 7, "WITHDRAWN", 10);
    static final Weighted<String> LIT_OUTCOME = Weighted.of("REJECT", 70, "WITHDRAWAL_ALLOWED", 12, "SUIT_DISMISSED", 10, "REVOKE", 4,
            "CONFIRM_ILLEGAL", 3, "PERFORM", 1);
    static final String[] AGENCIES = {"市场监督管理局", "公安分局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "城市管理和综合执法局",
        "生态环境分局", "交通运输局", "人民政府", "街道办事处"};

    private final CountyLoad reconLoad;
    private final CountyLoad litLoad;
    private final long[] reconPerMonth;
    private final long[] litPerMonth;
    private final long totalRecon;

    ReviewData(long seed, double scale, LocalDate from, LocalDate to, WorkingCalendar calendar, Counties counties) {
        super(seed, from, to, calendar, counties);
        reconLoad = new CountyLoad(counties, 80, Map.of("331122", 42.0, "430105", 300.0));
        litLoad = new CountyLoad(counties, 60, Map.of("331122", 54.0, "430105", 90.0));
        totalRecon = reconLoad.total(scale, months.years());
        reconPerMonth = months.split(totalRecon);
        litPerMonth = months.split(litLoad.total(scale, months.years()));
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public List<String> tables() {
        return List.of("rv_reconsideration", "rv_party", "rv_litigation", "rv_accountability");
    }

    @Override
    public List<String> recordTypes() {
        return List.of("review-reconsideration", "review-litigation");
    }

    @Override
    public List<CopyBuffer> chunk(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + 600_000 + index);
        Ids ids = new Ids(6, index, r);
        CopyBuffer recon = new CopyBuffer("rv_reconsideration", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "assignee, applicants, respondent_name, act_category, act_description, act_date, knew_on, received_on, requests, "
                + "amount_involved, channel, status, last_step_on, review_procedure, accepted_on, copy_sent_on, replied_on, hearing_count, "
                + "committee_consulted, outcome, approval_mode, approved_by, concluded_on, served_on, final_on, major_complex");
        CopyBuffer parties = new CopyBuffer("rv_party", "id, reconsideration_id, sort_order, role, kind, name, id_number, credit_code, phone");
        CopyBuffer lits = new CopyBuffer("rv_litigation", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "assignee, court, court_case_no, instance, plaintiff, defendant_agencies, act_category, summons_received_on, status, "
                + "last_step_on, defence_filed_on, evidence_filed, normative_documents_filed, hearing_count, last_hearing_on, head_appeared, "
                + "appearance_role, appeared_name, ruling_kind, outcome, judged_on, judgment_received_on, effective_on, registered_on");
        CopyBuffer dl = Deadlines.buffer();
        List<LocalDate> days = months.workingDays().get(index);
        for (long k = 0; k < reconPerMonth[index]; k++) {
            Counties.County county = reconLoad.pick(r);
            UUID id = ids.next();
            String staff = "rv-" + county.code();
            LocalDate received = days.get(r.nextInt(days.size()));
            String category = CATEGORY.pick(r);
            boolean simple = category.equals("GOV_INFO") || r.nextInt(100) < 15;
            String respondent = county.name() + AGENCIES[r.nextInt(AGENCIES.length)];
            int nApplicants = r.nextInt(100) < 85 ? 1 : 2 + r.nextInt(2);
            StringBuilder names = new StringBuilder();
            for (int p = 0; p < nApplicants; p++) {
                boolean org = p == 0 && r.nextInt(100) < 20;
                String name = org ? People.orgName(r, county.shortName()) : People.personName(r);
                names.append(p == 0 ? "" : "、").append(name);
                parties.uuid(ids.next()).uuid(id).num(p + 1).text("APPLICANT").text(org ? "LEGAL_PERSON" : "NATURAL_PERSON").text(name)
                        .text(org ? null : People.citizenId(r, county.code())).text(org ? People.creditCode(r, county.code()) : null)
                        .text(People.mobile(r));
                parties.end();
            }
            // acceptance review: 5 working days (第30条)
            LocalDate reviewed = calendar.plusWorkingDays(received, 1 + r.nextInt(r.nextInt(100) < 98 ? 5 : 7));
            boolean accepted = r.nextInt(100) < 90;
            String status;
            String outcome = null;
            LocalDate acceptedOn = null;
            LocalDate copySent = null;
            LocalDate replied = null;
            LocalDate concluded = null;
            LocalDate served = null;
            LocalDate finalOn = null;
            LocalDate last = received;
            String caseNo = county.shortName() + "复〔" + received.getYear() + "〕" + (received.getMonthValue() * 10000 + k) + "号";
            String link = "/review/reconsiderations/" + id;
            OffsetDateTime at = received.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(MediationData.CST);
            if (reviewed.isAfter(to)) {
                status = "RECEIVED";
                deadlines.write(dl, ids, county.code(), "review-reconsideration", id, "RV_ACCEPTANCE_REVIEW", received, null, false, staff, caseNo, link, at);
            } else if (!accepted) {
                status = "NOT_ACCEPTED";
                outcome = "NOT_ACCEPTED";
                concluded = reviewed;
                last = reviewed;
                deadlines.write(dl, ids, county.code(), "review-reconsideration", id, "RV_ACCEPTANCE_REVIEW", received, reviewed, false, staff, caseNo, link, at);
            } else {
                acceptedOn = reviewed;
                last = reviewed;
                status = "ACCEPTED";
                deadlines.write(dl, ids, county.code(), "review-reconsideration", id, "RV_ACCEPTANCE_REVIEW", received, reviewed, false, staff, caseNo, link, at);
                String copyRule = simple ? "RV_COPY_SIMPLE" : "RV_COPY_ORDINARY";
                String replyRule = simple ? "RV_REPLY_SIMPLE" : "RV_REPLY_ORDINARY";
                String decisionRule = simple ? "RV_DECISION_SIMPLE" : "RV_DECISION_ORDINARY";
                LocalDate copy = calendar.plusWorkingDays(acceptedOn, 1 + r.nextInt(simple ? 3 : 6));
                copySent = copy.isAfter(to) ? null : copy;
                deadlines.write(dl, ids, county.code(), "review-reconsideration", id, copyRule, acceptedOn, copySent, false, staff, caseNo, link, at);
                LocalDate receipt = copySent == null ? null : copySent.plusDays(2);
                LocalDate reply = receipt == null ? null : calendar.plusWorkingDays(receipt, 2 + r.nextInt(simple ? 3 : 8));
                if (reply != null && reply.isAfter(to)) {
                    reply = null;
                }
                replied = reply;
                int limit = simple ? 30 : 60;
                LocalDate decided = acceptedOn.plusDays(r.nextInt(100) < 97 ? limit / 3 + r.nextInt(limit * 2 / 3) : limit + 3 + r.nextInt(20));
                if (replied != null && decided.isBefore(replied)) {
                    decided = replied.plusDays(3);
                }
                boolean done = replied != null && !decided.isAfter(to);
                if (receipt != null && !receipt.isAfter(to)) {
                    deadlines.write(dl, ids, county.code(), "review-reconsideration", id, replyRule, receipt, replied, false, staff, caseNo, link, at);
                }
                if (copySent != null) {
                    status = "COPY_SENT";
                    last = copySent;
                }
                if (replied != null) {
                    status = "UNDER_REVIEW";
                    last = replied;
                }
                if (done) {
                    outcome = OUTCOME.pick(r);
                    concluded = decided;
                    last = decided;
                    status = outcome.equals("MEDIATED") ? "MEDIATED" : outcome.equals("WITHDRAWN") ? "TERMINATED" : "DECIDED";
                    if (status.equals("DECIDED")) {
                        LocalDate s = decided.plusDays(1 + r.nextInt(5));
                        if (!s.isAfter(to)) {
                            served = s;
                            last = s;
                            status = "SERVED";
                            LocalDate f = s.plusDays(16);
                            if (!f.isAfter(to)) {
                                finalOn = f;
                                last = f;
                                status = r.nextInt(100) < 8 ? "LITIGATED" : "FINAL";
                            }
                        }
                    }
                }
                deadlines.write(dl, ids, county.code(), "review-reconsideration", id, decisionRule, acceptedOn, concluded, false, staff, caseNo, link, at);
            }
            BigDecimal amount = category.equals("PENALTY") ? BigDecimal.valueOf(200 + r.nextInt(50_000)) : null;
            recon.uuid(id).num(0).ts(at).text(BY).ts(last.atTime(17, 0).atOffset(MediationData.CST)).text(BY).text(county.code()).text(staff)
                    .text(names.toString()).text(respondent).text(category).text(respondent + "作出的具体行政行为。")
                    .date(received.minusDays(20 + r.nextInt(40))).date(received.minusDays(5 + r.nextInt(15))).date(received)
                    .text("请求撤销被申请人作出的行政行为。").num(amount).text(r.nextInt(100) < 70 ? "WRITTEN" : r.nextInt(100) < 80 ? "ONLINE" : "ORAL")
                    .text(status).date(last).text(acceptedOn == null ? null : simple ? "SIMPLE" : "ORDINARY").date(acceptedOn).date(copySent)
                    .date(replied).num(acceptedOn != null && !simple && r.nextInt(100) < 10 ? 1 : 0)
                    .bool(concluded != null && r.nextInt(100) < 20).text(outcome)
                    .text(concluded != null && !"NOT_ACCEPTED".equals(outcome) ? (r.nextInt(100) < 80 ? "HEAD" : "COLLECTIVE") : null)
                    .text(concluded != null && !"NOT_ACCEPTED".equals(outcome) ? "复议机构负责人" : null)
                    .date(concluded).date(served).date(finalOn).bool(r.nextInt(100) < 5);
            recon.end();
        }
        for (long k = 0; k < litPerMonth[index]; k++) {
            Counties.County county = litLoad.pick(r);
            UUID id = ids.next();
            String staff = "rv-" + county.code();
            LocalDate summons = days.get(r.nextInt(days.size()));
            String category = CATEGORY.pick(r);
            boolean second = r.nextInt(100) < 20;
            LocalDate defence = summons.plusDays(r.nextInt(100) < 98 ? 3 + r.nextInt(12) : 16 + r.nextInt(5));
            if (defence.isAfter(to)) {
                defence = null;
            }
            LocalDate hearing = defence == null ? null : defence.plusDays(20 + r.nextInt(60));
            if (hearing != null && hearing.isAfter(to)) {
                hearing = null;
            }
            LocalDate judged = hearing == null ? null : hearing.plusDays(10 + r.nextInt(60));
            if (judged != null && judged.isAfter(to)) {
                judged = null;
            }
            String outcome = judged == null ? null : LIT_OUTCOME.pick(r);
            LocalDate effective = judged == null ? null : judged.plusDays(20);
            if (effective != null && effective.isAfter(to)) {
                effective = null;
            }
            String status = effective != null ? "EFFECTIVE" : judged != null ? "JUDGED" : hearing != null ? "HEARD" : defence != null ? "DEFENCE_FILED"
                    : "SUMMONS_RECEIVED";
            LocalDate last = effective != null ? effective : judged != null ? judged : hearing != null ? hearing : defence != null ? defence : summons;
            boolean head = hearing != null && r.nextInt(100) < 95;
            String courtNo = "（" + summons.getYear() + "）" + county.shortName() + "行" + (second ? "终" : "初") + (summons.getMonthValue() * 10000 + k) + "号";
            OffsetDateTime at = summons.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(MediationData.CST);
            String ruling = outcome == null ? null : outcome.equals("WITHDRAWAL_ALLOWED") || outcome.equals("SUIT_DISMISSED") ? "RULING" : "JUDGMENT";
            lits.uuid(id).num(0).ts(at).text(BY).ts(last.atTime(17, 0).atOffset(MediationData.CST)).text(BY).text(county.code()).text(staff)
                    .text(county.name() + (second ? "中级人民法院" : "人民法院")).text(courtNo).text(second ? "SECOND" : "FIRST")
                    .text(r.nextInt(100) < 25 ? People.orgName(r, county.shortName()) : People.personName(r))
                    .text(county.name() + AGENCIES[r.nextInt(AGENCIES.length)]).text(category).date(summons).text(status).date(last)
                    .date(defence).bool(defence != null).bool(defence != null && r.nextInt(100) < 60).num(hearing == null ? 0 : 1).date(hearing)
                    .bool(head).text(head ? (r.nextInt(100) < 30 ? "PRINCIPAL_HEAD" : "DEPUTY_HEAD") : null).text(head ? People.personName(r) : null)
                    .text(ruling).text(outcome).date(judged).date(judged == null ? null : judged.plusDays(3)).date(effective)
                    .date(summons.minusDays(10 + r.nextInt(20)));
            lits.end();
            deadlines.write(dl, ids, county.code(), "review-litigation", id, "RV_LIT_DEFENCE", summons, defence, false, staff, courtNo,
                    "/review/litigations/" + id, at);
        }
        written.addAndGet(reconPerMonth[index]);
        return List.of(recon, parties, lits, dl);
    }

    @Override
    public String progress() {
        return String.format("%,d of %,d reconsiderations generated", written.get(), totalRecon);
    }
}
