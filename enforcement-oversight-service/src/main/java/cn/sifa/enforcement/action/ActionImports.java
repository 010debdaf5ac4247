package cn.sifa.enforcement.action;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.export.Exporter;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.core.error.ServiceUnavailableException;

/**
 * The portal's Excel import of action reports as a background job. Rows are read with fastexcel-reader and fed in
 * chunks to the same {@link ActionIngest} the batch endpoint uses, as the user who uploaded the file; progress and
 * every rejected row's errors are stored in {@code enf_action_import(_error)}, so any instance can report them.
 */
@Service
public class ActionImports implements DisposableBean {

    /** The template's columns, in order; the import reads the same order. */
    public static final List<String> COLUMNS = List.of("记录编号", "执法行为类别", "决定日期", "当事人名称", "统一社会信用代码",
            "处罚种类", "金额(元)", "是否重大执法决定", "法制审核日期", "公示日期", "是否全过程音像记录");
    private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(Map.entry("externalRef", COLUMNS.get(0)),
            Map.entry("actType", COLUMNS.get(1)), Map.entry("decidedOn", COLUMNS.get(2)), Map.entry("partyName", COLUMNS.get(3)),
            Map.entry("partyCreditCode", COLUMNS.get(4)), Map.entry("penaltyKinds", COLUMNS.get(5)), Map.entry("amount", COLUMNS.get(6)),
            Map.entry("major", COLUMNS.get(7)), Map.entry("legalReviewedOn", COLUMNS.get(8)), Map.entry("publicizedOn", COLUMNS.get(9)),
            Map.entry("recordedAudioVisual", COLUMNS.get(10)));
    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ActionImports.class);

    private final ActionIngest ingest;
    private final Agencies agencies;
    private final JdbcTemplate jdbc;
    private final DivisionScope scope;
    private final ImportSettings settings;
    private final ThreadPoolExecutor executor;
    private final Exporter exporter;

    public ActionImports(ActionIngest ingest, Agencies agencies, JdbcTemplate jdbc, DivisionScope scope, ImportSettings settings,
                         Exporter exporter) {
        this.exporter = exporter;
        this.ingest = ingest;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.scope = scope;
        this.settings = settings;
        this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue()), r -> {
                    Thread t = new Thread(r, "enf-action-import");
                    t.setDaemon(true);
                    return t;
                });
    }

    public ImportJobView start(UUID agencyId, MultipartFile upload) throws IOException {
        Agency agency = agencies.require(agencyId);
        String filename = upload.getOriginalFilename() == null ? "upload.xlsx" : upload.getOriginalFilename();
        if (upload.isEmpty() || !filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw ValidationException.of("file", "not-xlsx", "请上传 .xlsx 格式的 Excel 文件(可先下载模板)");
        }
        if (upload.getSize() > MAX_FILE_BYTES) {
            throw ValidationException.of("file", "too-large", "文件不能超过 50MB");
        }
        byte[] head = new byte[4];
        try (InputStream in = upload.getInputStream()) {
            if (in.readNBytes(head, 0, 4) < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw ValidationException.of("file", "not-xlsx", "文件不是有效的 .xlsx 文件");
            }
        }
        File copy = Files.createTempFile("enf-import-", ".xlsx").toFile();
        upload.transferTo(copy);
        UUID id = UUID.randomUUID();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        jdbc.update("insert into enf_action_import (id, division_code, agency_id, filename, status, created_at, created_by) "
                        + "values (?, ?, ?, ?, 'QUEUED', ?, ?)", id, agency.getDivisionCode(), agency.getId(),
                truncate(filename, 200), Timestamp.from(Instant.now()), CurrentCaller.get().subject());
        try {
            executor.execute(() -> run(id, agency.getId(), agency.getDivisionCode(), copy, who));
        } catch (RejectedExecutionException full) {
            jdbc.update("delete from enf_action_import where id = ?", id);
            copy.delete();
            throw new ServiceUnavailableException("导入任务过多,请稍后再试");
        }
        return find(id).orElseThrow();
    }

    public Optional<ImportJobView> find(UUID id) {
        return jdbc.query("""
                select id, agency_id, filename, status, total, processed, accepted, updated, rejected, failure, created_at, finished_at
                  from enf_action_import where id = ?""" + " and " + DivisionScope.within(null),
                (rs, n) -> new ImportJobView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        ImportStatus.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getString(10), rs.getTimestamp(11).toInstant(),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()),
                id, scope.sqlPrefix()).stream().findFirst();
    }

    public ImportJobView require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("导入任务", id));
    }

    public record ErrorRow(int rowNo, String column, String code, String message) {
    }

    public static final List<ExportColumn<ErrorRow>> ERROR_COLUMNS = List.of(new ExportColumn<>("行号", ErrorRow::rowNo),
            new ExportColumn<>("列", ErrorRow::column), new ExportColumn<>("错误代码", ErrorRow::code),
            new ExportColumn<>("说明", ErrorRow::message));

    /** The job's rejected rows as an Excel error report, streamed from the database in one read-only transaction. */
    @Transactional(readOnly = true)
    public void writeErrors(UUID id, HttpServletResponse response) throws IOException {
        try (Stream<ErrorRow> rows = errors(id)) {
            exporter.write(response, ExportFormat.XLSX, "导入错误报告", ERROR_COLUMNS, rows);
        }
    }

    /** The empty template: the columns the import reads, in order. */
    public void writeTemplate(HttpServletResponse response) throws IOException {
        List<ExportColumn<Object>> columns = COLUMNS.stream().map(h -> new ExportColumn<Object>(h, row -> null)).toList();
        exporter.write(response, ExportFormat.XLSX, "执法数据导入模板", columns, Stream.empty());
    }

    private Stream<ErrorRow> errors(UUID id) {
        require(id);
        return jdbc.queryForStream("select row_no, field, code, message from enf_action_import_error where import_id = ? order by row_no, field",
                (rs, n) -> new ErrorRow(rs.getInt(1), FIELD_TO_COLUMN.getOrDefault(rs.getString(2), rs.getString(2)), rs.getString(3),
                        rs.getString(4)), id);
    }

    private void run(UUID id, UUID agencyId, String division, File file, Authentication who) {
        SecurityContextHolder.setContext(new SecurityContextImpl(who));
        try {
            jdbc.update("update enf_action_import set status = 'RUNNING' where id = ?", id);
            int total;
            try (ReadableWorkbook wb = new ReadableWorkbook(file); Stream<Row> rows = wb.getFirstSheet().openStream()) {
                total = (int) rows.filter(r -> r.getRowNum() > 1 && !blank(r)).count();
            }
            jdbc.update("update enf_action_import set total = ? where id = ?", total, id);
            int[] counts = new int[4];
            List<ActionRecord> chunk = new ArrayList<>();
            List<Integer> rowNumbers = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(file); Stream<Row> rows = wb.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) rows.filter(r -> r.getRowNum() > 1 && !blank(r))::iterator) {
                    chunk.add(toRecord(row));
                    rowNumbers.add(row.getRowNum());
                    if (chunk.size() == settings.chunk()) {
                        flush(id, agencyId, division, chunk, rowNumbers, counts);
                    }
                }
            }
            if (!chunk.isEmpty()) {
                flush(id, agencyId, division, chunk, rowNumbers, counts);
            }
            jdbc.update("update enf_action_import set status = 'DONE', finished_at = ? where id = ?", Timestamp.from(Instant.now()), id);
        } catch (Exception e) {
            log.warn("Action import {} failed", id, e);
            jdbc.update("update enf_action_import set status = 'FAILED', failure = ?, finished_at = ? where id = ?",
                    truncate("文件无法读取或导入中断:" + e.getClass().getSimpleName(), 500), Timestamp.from(Instant.now()), id);
        } finally {
            SecurityContextHolder.clearContext();
            file.delete();
        }
    }

    private void flush(UUID id, UUID agencyId, String division, List<ActionRecord> chunk, List<Integer> rowNumbers, int[] counts) {
        ActionReportResult result = ingest.ingest(agencyId, division, chunk, 0);
        counts[0] += chunk.size();
        counts[1] += result.accepted();
        counts[2] += result.updated();
        counts[3] += result.rejected();
        jdbc.batchUpdate("insert into enf_action_import_error (import_id, row_no, field, code, message) values (?, ?, ?, ?, ?)",
                result.errors().stream().map(e -> new Object[] {id, rowNumbers.get(e.index()), e.field(), e.code(),
                        truncate(e.message(), 300)}).toList());
        jdbc.update("update enf_action_import set processed = ?, accepted = ?, updated = ?, rejected = ? where id = ?",
                counts[0], counts[1], counts[2], counts[3], id);
        chunk.clear();
        rowNumbers.clear();
    }

    private static final Map<String, String> ACT_TYPES = Arrays.stream(EnforcementActType.values())
            .collect(Collectors.toMap(EnforcementActType::label, Enum::name));
    private static final Map<String, String> PENALTY_KINDS = Arrays.stream(PenaltyKind.values())
            .collect(Collectors.toMap(PenaltyKind::label, Enum::name));

    /** Cells as the batch endpoint would receive them; Chinese labels and Excel dates are accepted beside codes. */
    static ActionRecord toRecord(Row row) {
        Function<Integer, String> text = i -> row.getOptionalCell(i).map(ActionImports::text).filter(s -> !s.isBlank()).orElse(null);
        String actType = text.apply(1);
        String kinds = text.apply(5);
        List<String> penaltyKinds = kinds == null ? null : Arrays.stream(kinds.split("[、,,;;\\s]+")).filter(s -> !s.isBlank())
                .map(s -> PENALTY_KINDS.getOrDefault(s.trim(), s.trim())).toList();
        String amount = text.apply(6);
        BigDecimal money = null;
        if (amount != null) {
            try {
                money = new BigDecimal(amount.replace(",", ""));
            } catch (NumberFormatException e) {
                money = BigDecimal.valueOf(-1); // reported by the ingest as a negative (invalid) amount
            }
        }
        return new ActionRecord(text.apply(0), actType == null ? null : ACT_TYPES.getOrDefault(actType, actType),
                date(row, 2), text.apply(3), text.apply(4), penaltyKinds, money, yesNo(text.apply(7)),
                date(row, 8), date(row, 9), yesNo(text.apply(10)));
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText().trim();
    }

    private static String date(Row row, int i) {
        Optional<Cell> cell = row.getOptionalCell(i);
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.get().getType() == CellType.NUMBER) {
            LocalDate d = cell.get().asDate().toLocalDate();
            return d.toString();
        }
        String t = text(cell.get());
        return t.isBlank() ? null : t.replace('/', '-').replace('.', '-');
    }

    private static Boolean yesNo(String v) {
        if (v == null) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "是", "true", "1", "y", "yes" -> Boolean.TRUE;
            case "否", "false", "0", "n", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static boolean blank(Row row) {
        return row.stream().allMatch(c -> c == null || c.getType() == CellType.EMPTY || text(c).isBlank());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
