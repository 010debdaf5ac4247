package cn.sifa.gateway.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import cn.sifa.core.testing.ExportedSheet;
import cn.sifa.gateway.Http;

/**
 * The packaged {@code target/sifa.jar}, started as a new user starts it ({@code java -jar}, embedded PostgreSQL in a
 * data directory under {@code target/}, demo profile), called over real HTTP: Tomcat, the whole filter chain and the
 * jar's own class path and auto-configuration. These are what MockMvc never sees: multipart parsing (an upload that
 * answered 500 in the jar while every MockMvc test passed), a streamed export, and the portal's CSRF login.
 * One started application serves every test. Runs in {@code verify}, after {@code package}.
 */
class StandaloneJarIT {

    static final String PASSWORD = "Sifa@2026demo";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Process app;
    static Path log;
    static int port;
    static String kaifu;

    @BeforeAll
    static void start() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        File jar = target.resolve("sifa.jar").toFile();
        assertThat(jar).as("the packaged jar (run in verify, after package)").exists();
        // Kept between local runs (demo data loads once; the tests use fresh references); `mvn clean` starts over.
        Path dataDir = Path.of(System.getProperty("sifa.it.data-dir", target.resolve("standalone-it-data").toString()));
        log = target.resolve("standalone-it.log");
        port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx640m", "-jar", jar.getAbsolutePath(),
                "--server.port=" + port,
                "--sifa.data-dir=" + dataDir));
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitHealthy(Duration.ofSeconds(300));
        kaifu = Http.accessToken(port, "kaifu-county", "kaifu-demo-secret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void anAttachmentUploadedAsMultipartDownloadsWithTheSameBytes() {
        Http client = new Http(port).bearer(kaifu);
        UUID caseId = firstCase(client);
        byte[] pdf = pdf(300_000);

        Http.Response created = client.postMultipart("/api/core/v1/attachments", List.of(
                Http.Part.field("recordType", "mediation-case"),
                Http.Part.field("recordId", caseId.toString()),
                Http.Part.file("file", "调解协议书.pdf", "application/pdf", pdf)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode attachment = created.json();
        assertThat(attachment.get("filename").asString()).isEqualTo("调解协议书.pdf");
        assertThat(attachment.get("size").asLong()).isEqualTo(pdf.length);
        Http.BytesResponse content = client.download(attachment.get("contentUrl").asString(), "*/*");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.header("Content-Type")).startsWith("application/pdf");
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedAs413() {
        Http client = new Http(port).bearer(kaifu);
        Http.Response refused = client.postMultipart("/api/core/v1/attachments", List.of(
                Http.Part.field("recordType", "mediation-case"),
                Http.Part.field("recordId", firstCase(client).toString()),
                Http.Part.file("file", "big.pdf", "application/pdf", pdf(20 * 1024 * 1024 + 1024))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void anExcelImportOfEnforcementActionsRunsToTheEndWithItsCounts() throws Exception {
        Http client = new Http(port).bearer(kaifu);
        UUID agency = UUID.fromString(client.get("/api/enforcement/v1/agencies?size=1").json().get("content").get(0)
                .get("id").asString());
        // The columns come from the template a user downloads first.
        Http.BytesResponse template = client.download("/api/enforcement/v1/action-imports/template", XLSX);
        assertThat(template.status()).isEqualTo(200);
        List<String> columns;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template.body()))) {
            Row header = wb.getFirstSheet().read().get(0);
            columns = new ArrayList<>();
            for (int c = 0; c < header.getCellCount(); c++) {
                columns.add(header.getCellText(c));
            }
        }
        assertThat(columns).startsWith("记录编号", "执法行为类别", "决定日期", "当事人名称");

        String run = UUID.randomUUID().toString().substring(0, 8);
        Http.Response started = client.postMultipart("/api/enforcement/v1/action-imports", List.of(
                Http.Part.field("agencyId", agency.toString()),
                Http.Part.file("file", "执法数据.xlsx", XLSX, actions(columns, run, 12, 5))));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.header("Location")).endsWith("/action-imports/" + started.json().get("id").asString());
        JsonNode job = started.json();
        for (int i = 0; i < 300 && !List.of("DONE", "FAILED").contains(job.get("status").asString()); i++) {
            Thread.sleep(100);
            job = client.get("/api/enforcement/v1/action-imports/" + job.get("id").asString()).json();
        }
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("total").asInt()).isEqualTo(12);
        assertThat(job.get("processed").asInt()).isEqualTo(12);
        assertThat(job.get("accepted").asInt()).isEqualTo(11);
        assertThat(job.get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void aListIsExportedAsAStreamedCsvAndXlsxWithTheSameRows() throws Exception {
        Http client = new Http(port).bearer(kaifu);

        Http.BytesResponse csv = client.download("/api/mediation/v1/cases", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        // Written in chunks as the rows are read, not buffered into one response of known length.
        assertThat(csv.header("Content-Length")).isNull();
        assertThat(csv.header("Transfer-Encoding")).isEqualTo("chunked");
        List<List<String>> records = ExportedSheet.csv(csv.body()).rows();
        assertThat(records.get(0)).contains("案号", "状态");
        int csvRows = records.size() - 1;
        assertThat(csvRows).isGreaterThan(50);
        assertThat(records.get(1).get(0)).contains("调〔");

        Http.BytesResponse xlsx = client.download("/api/mediation/v1/cases", XLSX);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith(XLSX);
        assertThat(xlsx.header("Content-Disposition")).startsWith("attachment;").contains(".xlsx");
        assertThat(xlsx.header("Content-Length")).isNull();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("案号");
            assertThat(rows).hasSize(csvRows + 1);
        }
    }

    /**
     * A statistics endpoint negotiated over real HTTP: {@code Accept: text/csv} and the XLSX type answer an attachment
     * of the same figures as the JSON (the core StatisticsExport), as the portal's 导出 Excel downloads it.
     */
    @Test
    void theStatisticsExportAsCsvAndExcelWithTheJsonFigures() throws Exception {
        Http client = new Http(port).bearer(kaifu);
        String stats = "/api/mediation/v1/statistics?from=2020-01-01&to=2026-12-31";
        Http.Response json = client.get(stats);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        long registered = json.json().get("registered").asLong();
        assertThat(registered).as("demo cases of 开福").isPositive();
        for (String type : List.of("text/csv", XLSX)) {
            Http.BytesResponse export = client.download(stats, type);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.header("Content-Type")).startsWith(type);
            assertThat(export.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
            ExportedSheet sheet = type.equals(XLSX) ? ExportedSheet.xlsx(export.body()) : ExportedSheet.csv(export.body());
            assertThat(sheet.header()).containsExactly("类别", "指标", "数值", "说明");
            assertThat(sheet.figure("", "登记(收案日期在期间内)")).isEqualTo(String.valueOf(registered));
        }
    }

    /**
     * The main lists of legal aid, review and correction, exported over real HTTP as the county client: streamed CSV
     * and XLSX with the same rows, only the county's own records (the list total of another county's client differs).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/legal-aid/v1/applications", "/api/legal-aid/v1/cases",
            "/api/review/v1/reconsiderations", "/api/review/v1/litigations", "/api/correction/v1/subjects",
            "/api/correction/v1/investigations", "/api/correction/v1/released-persons"})
    void everyServicesMainListIsExportedStreamedOverRealHttp(String list) throws Exception {
        Http client = new Http(port).bearer(kaifu);
        Http.Response page = client.get(list + "?size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        long total = page.json().get("page").get("totalElements").asLong();
        assertThat(total).as("demo records of 开福 in " + list).isPositive();

        Http.BytesResponse csv = client.download(list, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(csv.header("Transfer-Encoding")).isEqualTo("chunked");
        List<List<String>> records = ExportedSheet.csv(csv.body()).rows();
        int csvRows = records.size() - 1;
        // Minors never leave in an export (correction subjects), so the export may hold fewer rows than the list.
        assertThat(csvRows).isPositive().isLessThanOrEqualTo((int) total);

        Http.BytesResponse xlsx = client.download(list, XLSX);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith(XLSX);
        assertThat(xlsx.header("Content-Length")).isNull();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo(records.get(0).get(0));
            assertThat(rows).hasSize(csvRows + 1);
        }
    }

    @ParameterizedTest
    @CsvSource({"/api/legal-aid/v1/cases, legal-aid-case",
            "/api/review/v1/reconsiderations, review-reconsideration", "/api/correction/v1/subjects, correction-subject"})
    void aDocumentIsAttachedToEachServicesRecordAsMultipart(String list, String recordType) {
        Http client = new Http(port).bearer(kaifu);
        Http.Response page = client.get(list + "?size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        String recordId = page.json().get("content").get(0).get("id").asString();
        byte[] pdf = pdf(120_000);
        Http.Response created = client.postMultipart("/api/core/v1/attachments", List.of(
                Http.Part.field("recordType", recordType), Http.Part.field("recordId", recordId),
                Http.Part.file("file", "结案文书.pdf", "application/pdf", pdf)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Http.BytesResponse content = client.download(created.json().get("contentUrl").asString(), "*/*");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
    }

    @Test
    void aStaffUserLogsInWithTheCsrfCookieAndWorksInTheSession() {
        // Without the token the portal reads from the XSRF-TOKEN cookie, the login is refused.
        Http forged = new Http(port).withoutCsrfHeader();
        forged.get("/api/auth/me");
        assertThat(forged.cookie("XSRF-TOKEN")).as("CSRF cookie set by the first call").isNotBlank();
        Http.Response refused = forged.post("/api/auth/login", Map.of("username", "mediation", "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(forged.get("/api/mediation/v1/cases?size=1").status()).isEqualTo(401);

        // As the portal does it: cookie, then the token in X-XSRF-TOKEN, then a session.
        Http portal = new Http(port);
        Http.Response login = portal.login("mediation", PASSWORD);
        assertThat(login.status()).as(login.body()).isIn(200, 204);
        Http.Response me = portal.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("mediation");
        Http.Response cases = portal.get("/api/mediation/v1/cases?size=1");
        assertThat(cases.status()).as(cases.body()).isEqualTo(200);
        assertThat(cases.json().get("content")).isNotEmpty();

        // An upload from the session, as the portal's upload dialog sends it: with the token it is stored...
        UUID caseId = UUID.fromString(cases.json().get("content").get(0).get("id").asString());
        List<Http.Part> upload = List.of(Http.Part.field("recordType", "mediation-case"),
                Http.Part.field("recordId", caseId.toString()),
                Http.Part.file("file", "说明.txt", "text/plain", "当事人已签收".getBytes(StandardCharsets.UTF_8)));
        Http.Response stored = portal.postMultipart("/api/core/v1/attachments", upload);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        // ...and without it, with the same session cookie, refused.
        Http.Response withoutToken = portal.withoutCsrfHeader().postMultipart("/api/core/v1/attachments", upload);
        assertThat(withoutToken.status()).isEqualTo(403);
    }

    private static UUID firstCase(Http client) {
        Http.Response page = client.get("/api/mediation/v1/cases?size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return UUID.fromString(page.json().get("content").get(0).get("id").asString());
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }

    /** Rows of reported actions, the one at {@code badRow} with an impossible decision date. */
    private static byte[] actions(List<String> columns, String run, int rows, int badRow) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "StandaloneJarIT", "1.0");
        Worksheet ws = wb.newWorksheet("执法数据");
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c));
        }
        for (int r = 1; r <= rows; r++) {
            ws.value(r, 0, "IT-" + run + "-" + r);
            ws.value(r, 1, r % 2 == 0 ? "行政处罚" : "LICENSING");
            if (r == badRow) {
                ws.value(r, 2, "2026-13-45");
            } else {
                ws.value(r, 2, LocalDate.of(2026, 3, 2));
                ws.style(r, 2).format("yyyy-mm-dd").set();
            }
            ws.value(r, 3, "某公司" + r);
            ws.value(r, 5, r % 2 == 0 ? "警告、罚款" : "");
            if (r % 2 == 0) {
                ws.value(r, 6, 500);
            }
            ws.value(r, 7, "否");
            ws.value(r, 10, "是");
        }
        wb.finish();
        return out.toByteArray();
    }

    private static void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Http health = new Http(port).timeout(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("sifa.jar exited with " + app.exitValue() + ":\n" + tail(log));
            }
            try {
                // Readiness: after the demo data loaders (application runners), not only when Tomcat listens.
                if (health.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("sifa.jar not healthy within " + timeout + ":\n" + tail(log));
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
