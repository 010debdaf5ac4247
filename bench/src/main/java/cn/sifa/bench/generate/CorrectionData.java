package cn.sifa.bench.generate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * 社区矫正 and 安置帮教: per county and year (scale 1.0) 150 subjects received (开福 2023 H1: 3,502 received in all,
 * 3,112 discharged, 390 in the register, about 300 a year), 120 pre-sentence investigations (开福 H1: 130, about
 * 260 a year), 200 released persons under support (开福: 1,376 under its 5-year support, about 275 a year), with the
 * sanctions (开福 H1: 警告 7, 训诫 55 for 390 subjects), education and community service. Terms of 6 months to
 * 5 years: the subjects whose term ended are discharged (a few revoked or transferred), the others are in the register
 * at the end of the period. Deadlines: REPORT_IN / CORRECTION_HANDOVER, CORRECTION_REPORT_* and CORRECTION_TERM_END
 * per subject, EVALUATION(_EXPEDITED) per investigation, RESETTLEMENT_PICKUP and RESETTLEMENT_SUPPORT_END per released
 * person.
 * <p>
 * Under supervision each reported subject also gets its 报告 (one per CORRECTION_REPORT_* period of its level: 7 days,
 * a month, 3 months; the last one is {@code last_check_in_on}), its 走访 (a first home visit within a week of report-in,
 * then one a month 严管, a quarter 普管, half a year 宽管: our estimate, no seed prints a figure) and its 心理评估 (an
 * intake assessment within the first month, re-assessed while the risk is medium or high: 开福 2023 H1 printed
 * 心理测量 171 for 390 在册 and about 150 intakes, so mostly intake assessments). These rows draw from a generator of
 * their own, so the other tables are the same rows as without them.
 */
final class CorrectionData extends ServiceDomain {

    static final String BY = MediationData.BY;
    static final OffsetDateTime T0 = OffsetDateTime.of(2021, 1, 4, 9, 0, 0, 0, MediationData.CST);
    static final Weighted<String> KIND = Weighted.of("PROBATION", 86, "PAROLE", 8, "TEMP_OUTSIDE_PRISON", 4, "CONTROL", 2);
    static final String[] VISIT_PLACES = {"HOME", "WORKPLACE", "HOME", "COMMUNITY"};
    static final String[] FINDINGS = {
            "到矫正对象家中走访,了解家庭及就业情况:家庭关系和睦,在本地务工,收入基本稳定",
            "到矫正对象工作单位走访,向单位负责人了解其工作表现:按时出勤,与同事相处融洽",
            "到矫正对象家中走访,与其家属交谈,了解近期思想动态和日常表现,未发现异常",
            "到所在村(居)委会走访,了解其邻里关系和遵纪守法情况,群众反映良好"};
    static final String[] INSTRUMENTS = {"SCL-90症状自评量表", "SAS焦虑自评量表", "SDS抑郁自评量表"};
    static final String[] CRIMES = {"危险驾驶罪", "盗窃罪", "诈骗罪", "故意伤害罪", "交通肇事罪", "帮助信息网络犯罪活动罪", "开设赌场罪", "非法吸收公众存款罪"};

    private final CountyLoad subjectLoad;
    private final CountyLoad investigationLoad;
    private final CountyLoad releasedLoad;
    private final long[] subjectsPerMonth;
    private final long[] investigationsPerMonth;
    private final long[] releasedPerMonth;
    private final long totalSubjects;
    private UUID[] orgOf;

    CorrectionData(long seed, double scale, LocalDate from, LocalDate to, WorkingCalendar calendar, Counties counties) {
        super(seed, from, to, calendar, counties);
        subjectLoad = new CountyLoad(counties, 150, Map.of("430105", 300.0));
        investigationLoad = new CountyLoad(counties, 120, Map.of("430105", 260.0));
        releasedLoad = new CountyLoad(counties, 200, Map.of("430105", 275.0));
        totalSubjects = subjectLoad.total(scale, months.years());
        subjectsPerMonth = months.split(totalSubjects);
        investigationsPerMonth = months.split(investigationLoad.total(scale, months.years()));
        releasedPerMonth = months.split(releasedLoad.total(scale, months.years()));
    }

    @Override
    public String name() {
        return "correction";
    }

    @Override
    public List<String> tables() {
        return List.of("cr_subject", "cr_measure", "cr_education_record", "cr_investigation", "cr_released_person", "cr_check_in",
                "cr_home_visit", "cr_psych_assessment");
    }

    @Override
    public List<String> recordTypes() {
        return List.of("correction-subject", "correction-investigation", "correction-released-person");
    }

    @Override
    protected List<String> alsoRequired() {
        return List.of("core_deadline", "core_organization");
    }

    /** Each county's 社区矫正机构 (core_organization CORRECTION_AGENCY), created once and kept across --reset. */
    @Override
    public List<CopyBuffer> prepare(Connection c) throws Exception {
        super.prepare(c);
        orgOf = new UUID[counties.all.size()];
        try (PreparedStatement ins = c.prepareStatement("""
                INSERT INTO sifa.core_organization (id, version, division_code, type, name, short_name, active, created_at, created_by, updated_at, updated_by)
                VALUES (?, 0, ?, 'CORRECTION_AGENCY', ?, ?, true, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
             PreparedStatement sel = c.prepareStatement(
                     "SELECT id FROM sifa.core_organization WHERE division_code = ? AND type = 'CORRECTION_AGENCY' AND name = ?")) {
            for (Counties.County county : counties.all) {
                String name = county.name() + "社区矫正管理局";
                ins.setObject(1, UUID.nameUUIDFromBytes(("bench-correction-" + county.code()).getBytes()));
                ins.setString(2, county.code());
                ins.setString(3, name);
                ins.setString(4, county.shortName() + "矫正");
                ins.setObject(5, T0);
                ins.setString(6, BY);
                ins.setObject(7, T0);
                ins.setString(8, BY);
                ins.addBatch();
            }
            ins.executeBatch();
            for (Counties.County county : counties.all) {
                sel.setString(1, county.code());
                sel.setString(2, county.name() + "社区矫正管理局");
                try (ResultSet rs = sel.executeQuery()) {
                    rs.next();
                    orgOf[county.index()] = rs.getObject(1, UUID.class);
                }
            }
        }
        return List.of();
    }

    @Override
    public List<CopyBuffer> chunk(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + 700_000 + index);
        Ids ids = new Ids(7, index, r);
        CopyBuffer subjects = new CopyBuffer("cr_subject", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "person_name, id_number, phone, gender, minor, kind, temp_outside_reason, deciding_authority, judgment_effective_on, term_start, "
                + "term_end, crime, executing_org_id, assignee, status, reported_on, announced_on, team, team_has_woman, plan, supervision_level, "
                + "last_check_in_on, lost_contact_since, end_type, ended_on, transferred_on");
        CopyBuffer measures = new CopyBuffer("cr_measure", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "subject_id, measure, facts, evidence, decided_on");
        CopyBuffer education = new CopyBuffer("cr_education_record", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "subject_id, kind, activity_type, topic, place, held_on, hours");
        CopyBuffer investigations = new CopyBuffer("cr_investigation", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "commissioning_authority, authority_type, person_name, id_number, minor, proposed_kind, residence_change, expedited, received_on, "
                + "assignee, status, suitable, opinion, submitted_on, procuratorate_copied_on");
        CopyBuffer released = new CopyBuffer("cr_released_person", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "person_name, id_number, phone, minor, origin, prison, crime, release_on, notice_received_on, key_person, status, picked_up_on, "
                + "picked_up_by, support_team, support_start, verified, verified_on, ended_on, assignee, executing_org_id");
        CopyBuffer checkIns = new CopyBuffer("cr_check_in", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "subject_id, type, checked_in_on, note");
        CopyBuffer visits = new CopyBuffer("cr_home_visit", "id, version, created_at, created_by, updated_at, updated_by, division_code, "
                + "subject_id, visited_on, visitor, place, findings, follow_up");
        CopyBuffer assessments = new CopyBuffer("cr_psych_assessment", "id, version, created_at, created_by, updated_at, updated_by, "
                + "division_code, subject_id, assessed_on, assessor, instrument, risk_level, conclusion, recommendation");
        SplittableRandom rs = new SplittableRandom(seed * 1_000_003L + 710_000 + index);
        Ids sids = new Ids(9, index, rs);
        CopyBuffer dl = Deadlines.buffer();
        List<LocalDate> days = months.workingDays().get(index);
        for (long k = 0; k < subjectsPerMonth[index]; k++) {
            Counties.County county = subjectLoad.pick(r);
            UUID id = ids.next();
            String staff = "cr-" + county.code();
            String link = "/correction/subjects/" + id;
            LocalDate effective = days.get(r.nextInt(days.size()));
            String kind = KIND.pick(r);
            boolean temp = kind.equals("TEMP_OUTSIDE_PRISON");
            String arrival = temp ? "CORRECTION_HANDOVER" : "REPORT_IN";
            LocalDate reported = effective.plusDays(r.nextInt(1000) < 995 ? 1 + r.nextInt(8) : 11 + r.nextInt(10));
            if (reported.isAfter(to)) {
                reported = null;
            }
            int months = kind.equals("PAROLE") ? 3 + r.nextInt(30) : kind.equals("CONTROL") ? 3 + r.nextInt(22) : 6 + (int) Math.round(Math.exp(2.3 + r.nextGaussian() * 0.45));
            LocalDate termStart = effective;
            LocalDate termEnd = termStart.plusMonths(Math.min(months, 60)).minusDays(1);
            String status;
            String endType = null;
            LocalDate ended = null;
            LocalDate transferred = null;
            int p = r.nextInt(1000);
            if (reported == null) {
                status = "AWAITING_REPORT";
            } else if (p < 15 && termStart.plusMonths(3).isBefore(to)) {
                status = "TERMINATED";
                endType = kind.equals("PAROLE") ? "TERMINATED_PAROLE_REVOKED" : temp ? "TERMINATED_RECOMMITTED" : "TERMINATED_PROBATION_REVOKED";
                ended = termStart.plusDays(60 + r.nextInt((int) Math.max(1, Math.min(termEnd.toEpochDay(), to.toEpochDay()) - termStart.toEpochDay() - 59)));
            } else if (p < 35 && termStart.plusMonths(2).isBefore(to)) {
                status = "TRANSFERRED_OUT";
                transferred = termStart.plusDays(30 + r.nextInt(30));
            } else if (!termEnd.isAfter(to)) {
                status = "DISCHARGED";
                endType = "DISCHARGED_EXPIRY";
                ended = termEnd;
            } else {
                status = p < 38 ? "LOST_CONTACT" : "UNDER_CORRECTION";
            }
            boolean active = status.equals("UNDER_CORRECTION") || status.equals("LOST_CONTACT");
            String level = r.nextInt(100) < 15 ? "STRICT" : r.nextInt(100) < 80 ? "NORMAL" : "LENIENT";
            LocalDate lastCheckIn = active ? to.minusDays(r.nextInt(level.equals("STRICT") ? 7 : level.equals("NORMAL") ? 30 : 90)) : null;
            if (lastCheckIn != null && reported != null && lastCheckIn.isBefore(reported)) {
                lastCheckIn = reported;
            }
            LocalDate last = ended != null ? ended : transferred != null ? transferred : lastCheckIn != null ? lastCheckIn : reported != null ? reported : effective;
            OffsetDateTime at = effective.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(MediationData.CST);
            boolean minor = r.nextInt(100) < 2;
            boolean woman = r.nextInt(100) < 14;
            subjects.uuid(id).num(0).ts(at).text(BY).ts(last.atTime(17, 0).atOffset(MediationData.CST)).text(BY).text(county.code())
                    .text(People.personName(r)).text(People.citizenId(r, county.code())).text(People.mobile(r)).text(woman ? "FEMALE" : "MALE")
                    .bool(minor).text(kind).text(temp ? (r.nextBoolean() ? "MEDICAL_PAROLE" : "UNABLE_SELF_CARE") : null)
                    .text(county.name() + (kind.equals("PAROLE") ? "中级人民法院" : "人民法院")).date(effective).date(termStart).date(termEnd)
                    .text(CRIMES[r.nextInt(CRIMES.length)]).uuid(orgOf[county.index()]).text(staff).text(status).date(reported)
                    .date(reported).text(reported == null ? null : "司法所工作人员、社会工作者、村(居)委会成员").raw(reported == null ? "\\N" : "t")
                    .text(reported == null ? null : "矫正方案:定期报告,参加教育学习和公益活动。").text(reported == null ? null : level)
                    .date(lastCheckIn).date(status.equals("LOST_CONTACT") ? to.minusDays(r.nextInt(20)) : null).text(endType).date(ended)
                    .date(transferred);
            subjects.end();
            deadlines.write(dl, ids, county.code(), "correction-subject", id, arrival, effective, reported, false, staff, null, link, at);
            if (reported != null) {
                boolean ending = ended != null && status.equals("DISCHARGED");
                deadlines.write(dl, ids, county.code(), "correction-subject", id, "CORRECTION_TERM_END", termEnd, ending ? termEnd : null,
                        !active && !ending, staff, null, link, at);
                if (active) {
                    deadlines.write(dl, ids, county.code(), "correction-subject", id, "CORRECTION_REPORT_" + level, lastCheckIn, null, false,
                            staff, null, link, at);
                }
                LocalDate end = ended != null ? ended : transferred != null ? transferred : to;
                long span = end.toEpochDay() - reported.toEpochDay();
                if (span > 0) {
                    if (r.nextInt(100) < 25) {
                        measure(measures, ids, county, id, "ADMONITION", reported.plusDays(r.nextInt((int) span)), r);
                    }
                    if (r.nextInt(100) < 4) {
                        measure(measures, ids, county, id, "WARNING", reported.plusDays(r.nextInt((int) span)), r);
                    }
                    if (r.nextInt(100) < 8) {
                        measure(measures, ids, county, id, "COMMENDATION", reported.plusDays(r.nextInt((int) span)), r);
                    }
                    edu(education, ids, county, id, "EDUCATION", "GROUP_EDUCATION", "入矫教育", reported, 2, r);
                    edu(education, ids, county, id, "COMMUNITY_SERVICE", null, "社区公益劳动", reported.plusDays(r.nextInt((int) span)), 4, r);
                    if (ended != null && status.equals("DISCHARGED")) {
                        edu(education, ids, county, id, "EDUCATION", "LEGAL_EDUCATION", "解矫教育", ended, 1, r);
                    }
                    Supervised sup = new Supervised(county, id, reported, end, level, rs, sids);
                    sup.checkIns(checkIns, lastCheckIn);
                    sup.visits(visits);
                    sup.assessments(assessments);
                }
            }
        }
        for (long k = 0; k < investigationsPerMonth[index]; k++) {
            Counties.County county = investigationLoad.pick(r);
            UUID id = ids.next();
            String staff = "cr-" + county.code();
            LocalDate received = days.get(r.nextInt(days.size()));
            boolean expedited = r.nextInt(100) < 20;
            String rule = expedited ? "EVALUATION_EXPEDITED" : "EVALUATION";
            LocalDate submitted = calendar.plusWorkingDays(received, r.nextInt(100) < 97 ? 2 + r.nextInt(expedited ? 3 : 8) : (expedited ? 6 : 11) + r.nextInt(4));
            if (submitted.isAfter(to)) {
                submitted = null;
            }
            String authority = r.nextInt(100) < 70 ? "COURT" : r.nextInt(100) < 60 ? "PROCURATORATE" : r.nextInt(100) < 50 ? "PUBLIC_SECURITY" : "PRISON";
            boolean suitable = r.nextInt(100) < 85;
            OffsetDateTime at = received.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(MediationData.CST);
            investigations.uuid(id).num(0).ts(at).text(BY).ts((submitted != null ? submitted : received).atTime(17, 0).atOffset(MediationData.CST)).text(BY)
                    .text(county.code()).text(county.name() + switch (authority) {
                        case "COURT" -> "人民法院";
                        case "PROCURATORATE" -> "人民检察院";
                        case "PUBLIC_SECURITY" -> "公安局";
                        default -> "监狱";
                    }).text(authority).text(People.personName(r)).text(People.citizenId(r, county.code())).bool(r.nextInt(100) < 3)
                    .text(authority.equals("PRISON") ? "PAROLE" : "PROBATION").bool(r.nextInt(100) < 5).bool(expedited).date(received).text(staff)
                    .text(submitted == null ? "COMMISSIONED" : "SUBMITTED").raw(submitted == null ? "\\N" : suitable ? "t" : "f")
                    .text(submitted == null ? null : suitable ? "经调查评估,适宜社区矫正。" : "经调查评估,不适宜社区矫正。").date(submitted)
                    .date(submitted);
            investigations.end();
            deadlines.write(dl, ids, county.code(), "correction-investigation", id, rule, received, submitted, false, staff, null,
                    "/correction/investigations/" + id, at);
        }
        for (long k = 0; k < releasedPerMonth[index]; k++) {
            Counties.County county = releasedLoad.pick(r);
            UUID id = ids.next();
            String staff = "cr-" + county.code();
            String link = "/correction/released-persons/" + id;
            LocalDate notice = days.get(r.nextInt(days.size()));
            LocalDate release = notice.plusDays(20 + r.nextInt(20));
            boolean prison = r.nextInt(100) < 80;
            boolean awaiting = release.isAfter(to);
            boolean reoffended = !awaiting && r.nextInt(1000) < 8;
            LocalDate ended = reoffended ? release.plusDays(60 + r.nextInt(300)) : null;
            if (ended != null && ended.isAfter(to)) {
                ended = null;
                reoffended = false;
            }
            String status = awaiting ? "AWAITING_RELEASE" : reoffended ? "REOFFENDED" : "SUPPORTING";
            LocalDate picked = awaiting ? null : release;
            boolean verified = !awaiting && r.nextInt(100) < 97;
            OffsetDateTime at = notice.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(MediationData.CST);
            LocalDate last = ended != null ? ended : picked != null ? picked : notice;
            released.uuid(id).num(0).ts(at).text(BY).ts(last.atTime(17, 0).atOffset(MediationData.CST)).text(BY).text(county.code())
                    .text(People.personName(r)).text(People.citizenId(r, county.code())).text(People.mobile(r)).bool(false)
                    .text(prison ? "PRISON" : "CORRECTION").text(prison ? county.cityName() + "监狱" : null).text(CRIMES[r.nextInt(CRIMES.length)])
                    .date(release).date(notice).bool(r.nextInt(100) < 10).text(status).date(picked).text(picked == null ? null : "司法所、家属")
                    .text(picked == null ? null : "司法所工作人员、社区民警、家属").date(picked).bool(verified).date(verified ? release.plusDays(5) : null)
                    .date(ended).text(staff).uuid(orgOf[county.index()]);
            released.end();
            deadlines.write(dl, ids, county.code(), "correction-released-person", id, "RESETTLEMENT_PICKUP", release, picked, false, staff,
                    null, link, at);
            if (!awaiting) {
                deadlines.write(dl, ids, county.code(), "correction-released-person", id, "RESETTLEMENT_SUPPORT_END", release, null,
                        reoffended, staff, null, link, at);
            }
        }
        written.addAndGet(subjectsPerMonth[index]);
        return List.of(subjects, measures, education, investigations, released, checkIns, visits, assessments, dl);
    }

    private static void measure(CopyBuffer out, Ids ids, Counties.County county, UUID subject, String measure, LocalDate on, SplittableRandom r) {
        OffsetDateTime at = on.atTime(10, r.nextInt(60)).atOffset(MediationData.CST);
        out.uuid(ids.next()).num(0).ts(at).text(BY).ts(at).text(BY).text(county.code()).uuid(subject).text(measure)
                .text(measure.equals("COMMENDATION") ? "积极参加公益活动,表现良好。" : "未按规定时间报告。").nul().date(on);
        out.end();
    }

    private static void edu(CopyBuffer out, Ids ids, Counties.County county, UUID subject, String kind, String type, String topic, LocalDate on,
                            int hours, SplittableRandom r) {
        OffsetDateTime at = on.atTime(14, r.nextInt(60)).atOffset(MediationData.CST);
        out.uuid(ids.next()).num(0).ts(at).text(BY).ts(at).text(BY).text(county.code()).uuid(subject).text(kind).text(type).text(topic)
                .text(county.name() + "司法所").date(on).num(BigDecimal.valueOf(hours));
        out.end();
    }

    /** The supervision records of one reported subject from report-in to {@code end} (its end, transfer, or the period's end). */
    private final class Supervised {
        private final Counties.County county;
        private final UUID subject;
        private final LocalDate reported;
        private final LocalDate end;
        private final String level;
        private final SplittableRandom r;
        private final Ids ids;

        Supervised(Counties.County county, UUID subject, LocalDate reported, LocalDate end, String level, SplittableRandom r, Ids ids) {
            this.county = county;
            this.subject = subject;
            this.reported = reported;
            this.end = end;
            this.level = level;
            this.r = r;
            this.ids = ids;
        }

        /** One REGULAR report per period of the level; an active subject's last one is its {@code last_check_in_on}. */
        void checkIns(CopyBuffer out, LocalDate lastCheckIn) {
            LocalDate until = lastCheckIn != null ? lastCheckIn : end;
            for (LocalDate d = nextReport(reported); lastCheckIn != null ? d.isBefore(until) : !d.isAfter(until); d = nextReport(d)) {
                checkIn(out, d);
            }
            if (lastCheckIn != null && lastCheckIn.isAfter(reported)) {
                checkIn(out, lastCheckIn);
            }
        }

        private LocalDate nextReport(LocalDate d) {
            return switch (level) {
                case "STRICT" -> d.plusDays(7);
                case "LENIENT" -> d.plusMonths(3);
                default -> d.plusMonths(1);
            };
        }

        private void checkIn(CopyBuffer out, LocalDate on) {
            OffsetDateTime at = at(on, 9);
            out.uuid(ids.next()).num(0).ts(at).text(BY).ts(at).text(BY).text(county.code()).uuid(subject).text("REGULAR").date(on)
                    .text(r.nextInt(100) < 70 ? null : r.nextBoolean() ? "电话报告,工作生活正常" : "到司法所当面报告,思想稳定");
            out.end();
        }

        /** A first home visit within a week of report-in, then a month (严管), a quarter (普管) or half a year (宽管) apart. */
        void visits(CopyBuffer out) {
            int months = level.equals("STRICT") ? 1 : level.equals("LENIENT") ? 6 : 3;
            String visitor = "司法所" + People.personName(r) + "、社会工作者" + People.personName(r);
            LocalDate d = workingDayFrom(reported.plusDays(2 + r.nextInt(6)));
            for (int k = 0; !d.isAfter(end); k++, d = workingDayFrom(d.plusMonths(months).plusDays(r.nextInt(7) - 3L))) {
                OffsetDateTime at = at(d, 14);
                String place = k == 0 ? "HOME" : VISIT_PLACES[(k - 1) % VISIT_PLACES.length];
                String findings = k == 0 ? "入矫后首次家访:到矫正对象家中走访,核实居住地址和家庭成员,家属表示支持配合监督管理"
                        : FINDINGS[(k - 1) % FINDINGS.length];
                out.uuid(ids.next()).num(0).ts(at).text(BY).ts(at).text(BY).text(county.code()).uuid(subject).date(d).text(visitor)
                        .text(place).text(findings).text(r.nextInt(100) < 60 ? null : "督促其按时参加集中教育和公益活动");
                out.end();
            }
        }

        /** An intake assessment within the first month; a medium risk is re-assessed after 6 months, a high one after 3, until low. */
        void assessments(CopyBuffer out) {
            String assessor = People.personName(r) + "(心理咨询师)";
            int p = r.nextInt(100);
            String risk = p < 75 ? "LOW" : p < 95 ? "MEDIUM" : "HIGH";
            LocalDate d = workingDayFrom(reported.plusDays(5 + r.nextInt(20)));
            for (int k = 0; d != null && !d.isAfter(end); k++) {
                OffsetDateTime at = at(d, 10);
                out.uuid(ids.next()).num(0).ts(at).text(BY).ts(at).text(BY).text(county.code()).uuid(subject).date(d).text(assessor)
                        .text(INSTRUMENTS[k % INSTRUMENTS.length]).text(risk).text(switch (risk) {
                            case "HIGH" -> "评估得分明显偏高,情绪低落,睡眠较差,存在心理危机风险";
                            case "MEDIUM" -> "评估得分轻度偏高,存在一定焦虑情绪,对就业和家庭经济压力有担忧";
                            default -> "评估得分在正常范围,情绪稳定,心理状态总体平稳";
                        }).text(switch (risk) {
                            case "HIGH" -> "转介专业心理咨询机构干预,列为重点关注对象,三个月后复评";
                            case "MEDIUM" -> "每月开展一次个别心理辅导,半年后复评";
                            default -> "纳入常规教育管理";
                        });
                out.end();
                d = risk.equals("LOW") ? null : workingDayFrom(d.plusMonths(risk.equals("HIGH") ? 3 : 6));
                risk = risk.equals("HIGH") || r.nextInt(100) < 40 ? "MEDIUM" : "LOW";
            }
        }

        private LocalDate workingDayFrom(LocalDate d) {
            while (!calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }

        private OffsetDateTime at(LocalDate on, int hour) {
            return on.atTime(hour + r.nextInt(3), r.nextInt(60)).atOffset(MediationData.CST);
        }
    }

    @Override
    public String progress() {
        return String.format("%,d of %,d correction subjects generated", written.get(), totalSubjects);
    }
}
