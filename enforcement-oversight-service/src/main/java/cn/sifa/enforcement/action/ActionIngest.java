package cn.sifa.enforcement.action;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.person.CreditCode;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.core.error.PayloadTooLargeException;

/**
 * 执法数据定期报告: validates a batch record by record, stores the good ones and reports the bad ones by index.
 * Each record is a single row (its penalty kinds are an array column of that row), written by one
 * {@code INSERT ... ON CONFLICT (agency_id, external_ref) DO UPDATE}: a record is stored whole or not at all, and a
 * resend updates instead of duplicating. Rows go to PostgreSQL in JDBC batches; should the database still refuse
 * one (it should not: every rule its constraints hold is checked here first), the chunk is replayed row by row
 * under savepoints so that only the refused record is rejected.
 */
@Service
public class ActionIngest {

    public static final int MAX_BATCH = 10_000;
    static final int COPY_CHUNK = 1_000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");
    private static final Set<PenaltyKind> NEEDS_AMOUNT = EnumSet.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS);
    private static final Logger log = LoggerFactory.getLogger(ActionIngest.class);

    /** A resend of a known (agency, external ref) replaces the record and bumps its version; both writes share it. */
    private static final String ON_RESEND_UPDATE = """
            on conflict (agency_id, external_ref) do update set
                version = enf_action.version + 1, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                act_type = excluded.act_type, decided_on = excluded.decided_on, party_name = excluded.party_name,
                party_credit_code = excluded.party_credit_code, penalty_kinds = excluded.penalty_kinds,
                amount = excluded.amount, major = excluded.major, legal_reviewed_on = excluded.legal_reviewed_on,
                publicized_on = excluded.publicized_on, recorded_audio_visual = excluded.recorded_audio_visual,
                publication_due_on = excluded.publication_due_on,
                publication_due_provisional = excluded.publication_due_provisional
            """;

    static final String UPSERT = """
            insert into enf_action (id, version, created_at, created_by, updated_at, updated_by, division_code, agency_id,
                external_ref, act_type, decided_on, party_name, party_credit_code, penalty_kinds, amount, major,
                legal_reviewed_on, publicized_on, recorded_audio_visual, publication_due_on, publication_due_provisional)
            values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar(32)[], ?, ?, ?, ?, ?, ?, ?)
            """ + ON_RESEND_UPDATE;

    static final String STAGE_TABLE = "enf_action_in";
    /** The validated rows of one batch; the columns the caller does not send are filled in by MERGE_STAGED. */
    static final String STAGE = """
            create temp table enf_action_in (
                external_ref varchar(64) collate "C", act_type varchar(16), decided_on date, party_name varchar(200),
                party_credit_code varchar(18), penalty_kinds varchar(32)[], amount numeric(16, 2), major boolean,
                legal_reviewed_on date, publicized_on date, recorded_audio_visual boolean, publication_due_on date,
                publication_due_provisional boolean
            ) on commit drop""";
    static final String MERGE_STAGED = """
            with up as (
                insert into enf_action (id, version, created_at, created_by, updated_at, updated_by, division_code, agency_id,
                    external_ref, act_type, decided_on, party_name, party_credit_code, penalty_kinds, amount, major,
                    legal_reviewed_on, publicized_on, recorded_audio_visual, publication_due_on, publication_due_provisional)
                select gen_random_uuid(), 0, ?, ?, ?, ?, ?, ?, external_ref, act_type, decided_on, party_name, party_credit_code,
                    penalty_kinds, amount, major, legal_reviewed_on, publicized_on, recorded_audio_visual, publication_due_on,
                    publication_due_provisional
                  from pg_temp.enf_action_in
            """ + ON_RESEND_UPDATE + """
                returning (xmax = 0) as inserted)
            select count(*) filter (where inserted), count(*) filter (where not inserted) from up""";

    private final Agencies agencies;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TransactionTemplate lookup;
    private final PublicationDueDates publication;
    private final java.time.Clock clock;

    public ActionIngest(Agencies agencies, JdbcTemplate jdbc, PlatformTransactionManager txManager,
                        PublicationDueDates publication, java.time.Clock clock) {
        this.clock = clock;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.lookup = new TransactionTemplate(txManager);
        // The rows go through JDBC alone, under a JDBC transaction manager: it allows the savepoints of the per-row replay.
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        this.publication = publication;
    }

    /** The batch endpoint's whole job. 404 for an agency out of scope, 413 above {@link #MAX_BATCH} records. */
    public ActionReportResult ingest(UUID agencyId, List<ActionRecord> records) {
        if (records.size() > MAX_BATCH) {
            throw new PayloadTooLargeException("每次至多报送 " + MAX_BATCH + " 条,本次 " + records.size() + " 条,请分批报送");
        }
        Agency agency = lookup.execute(s -> agencies.require(agencyId));
        return ingest(agency.getId(), agency.getDivisionCode(), records, 0);
    }

    /**
     * Stores one batch for an agency already checked to be in scope; {@code indexOffset} shifts the reported
     * indexes (the Excel import feeds its rows in chunks).
     */
    public ActionReportResult ingest(UUID agencyId, String divisionCode, List<ActionRecord> records, int indexOffset) {
        List<RecordError> errors = new ArrayList<>();
        PublicationDueDates.Batch due = publication.forDivision(divisionCode);
        LocalDate today = StepDates.today(clock);
        List<Row> rows = new ArrayList<>(records.size());
        Set<String> refs = new HashSet<>();
        Set<Integer> rejected = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            int index = i + indexOffset;
            Row row = validate(index, records.get(i), errors, due, today);
            if (row == null) {
                rejected.add(index);
            } else if (!refs.add(row.externalRef)) {
                errors.add(new RecordError(index, "externalRef", "duplicate-in-batch", "同一批次中记录编号重复:" + row.externalRef));
                rejected.add(index);
            } else {
                rows.add(row);
            }
        }
        int[] counts = {0, 0};
        if (!rows.isEmpty()) {
            tx.executeWithoutResult(status -> store(agencyId, divisionCode, rows, status, errors, rejected, counts));
        }
        errors.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new ActionReportResult(counts[0], counts[1], rejected.size(), errors);
    }

    /**
     * The happy path is three statements whatever the batch size: the validated rows are COPYed into a temporary
     * table, then one {@code INSERT ... SELECT ... ON CONFLICT DO UPDATE} moves them into {@code enf_action} and
     * counts inserts ({@code xmax = 0}) against updates. Per-row statements cost a round trip and an executor start
     * each, which is what made the ingest 8× slower than COPY. Should PostgreSQL refuse the set, everything since
     * the savepoint is undone and the rows are replayed one by one, so that only the refused record is rejected.
     */
    private void store(UUID agencyId, String divisionCode, List<Row> rows, TransactionStatus status,
                       List<RecordError> errors, Set<Integer> rejected, int[] counts) {
        String who = CurrentCaller.get().subject();
        Timestamp now = Timestamp.from(Instant.now());
        Object savepoint = status.createSavepoint();
        try {
            jdbc.execute(STAGE);
            jdbc.execute((ConnectionCallback<Long>) con -> copyIn(con, rows));
            jdbc.query(MERGE_STAGED, rs -> {
                counts[0] += rs.getInt(1);
                counts[1] += rs.getInt(2);
            }, now, who, now, who, divisionCode, agencyId);
            // ON COMMIT DROP removes it at the end of the transaction; dropped now so that a caller running two
            // batches in one transaction gets a fresh one.
            jdbc.execute("drop table pg_temp." + STAGE_TABLE);
            status.releaseSavepoint(savepoint);
        } catch (DataAccessException setRefused) {
            status.rollbackToSavepoint(savepoint);
            counts[0] = 0;
            counts[1] = 0;
            log.warn("Action batch refused by the database, replaying row by row: {}", setRefused.getMostSpecificCause().getMessage());
            for (Row row : rows) {
                Object one = status.createSavepoint();
                try {
                    Boolean inserted = jdbc.queryForObject(UPSERT + " returning (xmax = 0)", Boolean.class,
                            UUID.randomUUID(), now, who, now, who, divisionCode, agencyId, row.externalRef, row.actType.name(),
                            row.decidedOn, row.partyName, row.partyCreditCode, row.penaltyKindsLiteral(), row.amount,
                            row.major, row.legalReviewedOn, row.publicizedOn, row.recordedAudioVisual, row.publicationDue.date(),
                            row.publicationDue.provisional());
                    status.releaseSavepoint(one);
                    counts[Boolean.TRUE.equals(inserted) ? 0 : 1]++;
                } catch (DataAccessException refused) {
                    status.rollbackToSavepoint(one);
                    errors.add(new RecordError(row.index, "record", "rejected-by-database", "记录不符合数据约束,未写入"));
                    rejected.add(row.index);
                }
            }
        }
    }

    /** The rows in COPY's text format, sent in pieces of {@link #COPY_CHUNK} rows. */
    private static long copyIn(Connection con, List<Row> rows) throws SQLException {
        CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy pg_temp." + STAGE_TABLE + " from stdin");
        try {
            StringBuilder text = new StringBuilder(COPY_CHUNK * 160);
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).appendCopyLine(text);
                if ((i + 1) % COPY_CHUNK == 0 || i == rows.size() - 1) {
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    text.setLength(0);
                }
            }
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The record as a row, or null with its errors added (every bad field of the record is reported). */
    private static Row validate(int index, ActionRecord r, List<RecordError> errors, PublicationDueDates.Batch due, LocalDate today) {
        if (r == null) {
            errors.add(new RecordError(index, "record", "required", "记录不能为空"));
            return null;
        }
        int before = errors.size();
        String ref = trim(r.externalRef());
        if (ref == null) {
            errors.add(new RecordError(index, "externalRef", "required", "记录编号不能为空"));
        } else if (ref.length() > 64) {
            errors.add(new RecordError(index, "externalRef", "too-long", "记录编号不能超过64个字符"));
        }
        EnforcementActType type = null;
        if (trim(r.actType()) == null) {
            errors.add(new RecordError(index, "actType", "required", "执法行为类别不能为空"));
        } else {
            try {
                type = EnforcementActType.valueOf(r.actType().trim());
            } catch (IllegalArgumentException e) {
                errors.add(new RecordError(index, "actType", "invalid-code", "未知的执法行为类别:" + r.actType()));
            }
        }
        LocalDate decidedOn = date(index, "decidedOn", "决定日期", r.decidedOn(), true, errors);
        if (decidedOn != null && (decidedOn.isAfter(today) || decidedOn.isBefore(EARLIEST))) {
            errors.add(new RecordError(index, "decidedOn", decidedOn.isAfter(today) ? "future-date" : "out-of-range",
                    decidedOn.isAfter(today) ? "决定日期不能晚于今天" : "决定日期不能早于 " + EARLIEST));
            decidedOn = null;
        }
        String party = trim(r.partyName());
        if (party == null) {
            errors.add(new RecordError(index, "partyName", "required", "当事人名称不能为空"));
        } else if (party.length() > 200) {
            errors.add(new RecordError(index, "partyName", "too-long", "当事人名称不能超过200个字符"));
        }
        String credit = trim(r.partyCreditCode());
        if (credit != null) {
            if (CreditCode.isValid(credit)) {
                credit = credit.toUpperCase();
            } else {
                errors.add(new RecordError(index, "partyCreditCode", "invalid-credit-code", "统一社会信用代码不正确"));
            }
        }
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        List<String> rawKinds = r.penaltyKinds() == null ? List.of() : r.penaltyKinds();
        for (int k = 0; k < rawKinds.size(); k++) {
            String raw = trim(rawKinds.get(k));
            try {
                if (raw == null || !kinds.add(PenaltyKind.valueOf(raw))) {
                    errors.add(new RecordError(index, "penaltyKinds[" + k + "]", "duplicate", "处罚种类重复或为空"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new RecordError(index, "penaltyKinds[" + k + "]", "invalid-code", "未知的处罚种类:" + raw));
            }
        }
        if (type != null && type != EnforcementActType.PENALTY && !rawKinds.isEmpty()) {
            errors.add(new RecordError(index, "penaltyKinds", "not-applicable", "只有行政处罚可以填写处罚种类"));
        }
        if (type == EnforcementActType.PENALTY && rawKinds.isEmpty()) {
            errors.add(new RecordError(index, "penaltyKinds", "required", "行政处罚须填写处罚种类"));
        }
        BigDecimal amount = r.amount();
        if (amount != null) {
            if (amount.signum() < 0) {
                errors.add(new RecordError(index, "amount", "negative", "金额不能为负数"));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.add(new RecordError(index, "amount", "scale", "金额至多两位小数"));
            } else if (amount.compareTo(MAX_AMOUNT) > 0) {
                errors.add(new RecordError(index, "amount", "out-of-range", "金额超出范围"));
            }
        } else if (kinds.stream().anyMatch(NEEDS_AMOUNT::contains)) {
            errors.add(new RecordError(index, "amount", "required", "罚款或没收违法所得须填写金额"));
        }
        if (r.major() == null) {
            errors.add(new RecordError(index, "major", "required", "须说明是否重大执法决定"));
        }
        if (r.recordedAudioVisual() == null) {
            errors.add(new RecordError(index, "recordedAudioVisual", "required", "须说明是否全过程音像记录"));
        }
        LocalDate reviewed = date(index, "legalReviewedOn", "法制审核日期", r.legalReviewedOn(), false, errors);
        if (reviewed != null && reviewed.isAfter(today)) {
            errors.add(new RecordError(index, "legalReviewedOn", "future-date", "法制审核日期不能晚于今天"));
        }
        LocalDate publicized = date(index, "publicizedOn", "公示日期", r.publicizedOn(), false, errors);
        if (publicized != null && publicized.isAfter(today)) {
            errors.add(new RecordError(index, "publicizedOn", "future-date", "公示日期不能晚于今天"));
        } else if (publicized != null && decidedOn != null && publicized.isBefore(decidedOn)) {
            errors.add(new RecordError(index, "publicizedOn", "date-order", "公示日期不能早于决定日期"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(index, ref, type, decidedOn, party, credit, kinds, amount == null ? null : amount.setScale(2),
                r.major(), reviewed, publicized, r.recordedAudioVisual(), due.dueFor(type, decidedOn));
    }

    private static LocalDate date(int index, String field, String label, String raw, boolean required, List<RecordError> errors) {
        String v = trim(raw);
        if (v == null) {
            if (required) {
                errors.add(new RecordError(index, field, "required", label + "不能为空"));
            }
            return null;
        }
        try {
            return isoDate(v);
        } catch (DateTimeException e) {
            errors.add(new RecordError(index, field, "invalid-date", label + "格式应为 yyyy-MM-dd:" + v));
            return null;
        }
    }

    /**
     * {@code LocalDate.parse} with a fast path for the usual {@code yyyy-MM-dd}: the formatter's general parser was
     * the largest item of validation in the profile. Same results: anything else goes to the formatter, and
     * {@code LocalDate.of} refuses impossible dates as the formatter's strict resolver does.
     */
    static LocalDate isoDate(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int y = digits(v, 0, 4);
            int m = digits(v, 5, 7);
            int d = digits(v, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(v);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    record Row(int index, String externalRef, EnforcementActType actType, LocalDate decidedOn, String partyName,
               String partyCreditCode, Set<PenaltyKind> penaltyKinds, BigDecimal amount, boolean major,
               LocalDate legalReviewedOn, LocalDate publicizedOn, boolean recordedAudioVisual, DeadlineCalculator.DueDate publicationDue) {

        String penaltyKindsLiteral() {
            StringBuilder s = new StringBuilder("{");
            for (PenaltyKind k : penaltyKinds) {
                s.append(s.length() > 1 ? "," : "").append(k.name());
            }
            return s.append('}').toString();
        }

        /** This row as one line of COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
        void appendCopyLine(StringBuilder b) {
            text(b, externalRef).append('\t').append(actType.name()).append('\t').append(decidedOn).append('\t');
            text(b, partyName).append('\t');
            text(b, partyCreditCode).append('\t').append(penaltyKindsLiteral()).append('\t');
            (amount == null ? b.append("\\N") : b.append(amount.toPlainString())).append('\t').append(major).append('\t');
            text(b, legalReviewedOn).append('\t');
            text(b, publicizedOn).append('\t').append(recordedAudioVisual).append('\t').append(publicationDue.date())
                    .append('\t').append(publicationDue.provisional()).append('\n');
        }

        private static StringBuilder text(StringBuilder b, Object value) {
            if (value == null) {
                return b.append("\\N");
            }
            String v = value.toString();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
            return b;
        }
    }
}
