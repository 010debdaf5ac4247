package cn.sifa.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.core.testing.TestDatabase;

@SifaIntegrationTest
@AutoConfigureMockMvc
class IdempotencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static final SifaPrincipal ADMIN = TestCallers.staff("430105", Role.SYSTEM_ADMIN);

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    private int organizationsNamed(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM core_organization WHERE name = ?", Integer.class, name);
    }

    @Test
    void aRetriedCreateReplaysTheFirstAnswerAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "幂等测试法律援助中心-" + key;
        String body = "{\"type\":\"LEGAL_AID_CENTER\",\"name\":\"" + name + "\",\"shortName\":\"开福\"}";
        MvcResult first = mvc.perform(post("/api/core/v1/organizations").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn();
        MvcResult second = mvc.perform(post("/api/core/v1/organizations").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", first.getResponse().getHeader("Location")))
                .andExpect(header().string("ETag", first.getResponse().getHeader("ETag")))
                .andReturn();
        assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.getResponse().getContentType()).startsWith("application/json");
        assertThat(organizationsNamed(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/test/idempotency/count").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"a\":1}"))
                .andExpect(status().isCreated());
        int before = IdempotencyProbeController.EXECUTIONS.get();
        mvc.perform(post("/api/test/idempotency/count").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"a\":2}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/idempotency-key-reused"))
                .andExpect(jsonPath("$.status").value(409));
        assertThat(IdempotencyProbeController.EXECUTIONS.get()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String key = UUID.randomUUID().toString();
        SifaPrincipal other = TestCallers.client("371082", "core.admin");
        mvc.perform(post("/api/test/idempotency/count").with(as(ADMIN)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"a\":1}")).andExpect(status().isCreated());
        mvc.perform(post("/api/test/idempotency/count").with(as(other)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"a\":1}"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void anInvalidKeyIsABadRequest() throws Exception {
        for (String bad : new String[]{"x".repeat(65), "带中文的键", "has space"}) {
            mvc.perform(post("/api/test/idempotency/count").with(as(ADMIN)).header("Idempotency-Key", bad)
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                    .andExpect(jsonPath("$.errors[0].code").value("invalid-idempotency-key"));
        }
        mvc.perform(post("/api/test/idempotency/count").with(as(ADMIN)).header("Idempotency-Key", "x".repeat(64))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aClientErrorIsReplayedButAServerErrorReleasesTheKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String invalid = "{\"type\":\"LEGAL_AID_CENTER\",\"name\":\"\",\"shortName\":\"开福\"}";
        mvc.perform(post("/api/core/v1/organizations").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/core/v1/organizations").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        String failing = UUID.randomUUID().toString();
        int before = IdempotencyProbeController.EXECUTIONS.get();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/test/idempotency/fail").with(as(ADMIN)).header("Idempotency-Key", failing)
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isInternalServerError())
                    .andExpect(header().doesNotExist("Idempotent-Replayed"));
        }
        assertThat(IdempotencyProbeController.EXECUTIONS.get()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_idempotency_key WHERE idempotency_key = ?", Integer.class, failing))
                .isZero();
    }

    @Test
    void aDuplicateWhileTheFirstIsRunningIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        IdempotencyProbeController.entered = new CountDownLatch(1);
        IdempotencyProbeController.release = new CountDownLatch(1);
        CompletableFuture<MvcResult> first = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(post("/api/test/idempotency/slow").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slow\":true}")).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(IdempotencyProbeController.entered.await(30, TimeUnit.SECONDS)).isTrue();
            mvc.perform(post("/api/test/idempotency/slow").with(as(ADMIN)).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"slow\":true}"))
                    .andExpect(status().isConflict())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/idempotency-key-in-flight"));
        } finally {
            IdempotencyProbeController.release.countDown();
        }
        assertThat(first.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
        mvc.perform(post("/api/test/idempotency/slow").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slow\":true}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
    }

    /**
     * The ambiguous commit: the request's writes went through but its answer could not be stored (here a trigger
     * refuses it; in life the database fails between the two). Writes and answer commit together or not at all, so
     * the failed attempt leaves nothing and the client's retry creates exactly one record.
     */
    @Test
    void writesAndTheirAnswerCommitTogether() throws Exception {
        String key = "answer-lost-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        createProbeTable();
        JdbcTemplate owner = TestDatabase.ownerJdbc();
        owner.execute("""
                CREATE OR REPLACE FUNCTION sifa.idempotency_probe_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'answer store unavailable'; END $$""");
        owner.execute("CREATE TRIGGER idempotency_probe_refuse BEFORE INSERT ON sifa.core_idempotency_key FOR EACH ROW"
                + " WHEN (NEW.idempotency_key = '" + key + "') EXECUTE FUNCTION sifa.idempotency_probe_refuse()");
        String body = "{\"marker\":\"" + marker + "\"}";
        try {
            MvcResult failed = mvc.perform(post("/api/test/idempotency/write").with(as(ADMIN)).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
            assertThat(failed.getResponse().getStatus()).isGreaterThanOrEqualTo(500);
            assertThat(failed.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(probeRows(marker)).isZero();
        } finally {
            owner.execute("DROP TRIGGER idempotency_probe_refuse ON sifa.core_idempotency_key");
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/test/idempotency/write").with(as(ADMIN)).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated());
        }
        assertThat(probeRows(marker)).isEqualTo(1);
    }

    /** A duplicate that arrives after the first attempt committed sees its answer, never a second execution. */
    @Test
    void aRetryAfterTheCommitIsAReplay() throws Exception {
        String key = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        createProbeTable();
        String body = "{\"marker\":\"" + marker + "\"}";
        mvc.perform(post("/api/test/idempotency/write").with(as(ADMIN)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(post("/api/test/idempotency/write").with(as(ADMIN)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(probeRows(marker)).isEqualTo(1);
    }

    /** Created by the owner (the application's role may not create tables) and granted to the application. */
    private static void createProbeTable() {
        JdbcTemplate owner = TestDatabase.ownerJdbc();
        owner.execute("CREATE TABLE IF NOT EXISTS sifa.idempotency_probe (marker text NOT NULL)");
        owner.execute("GRANT SELECT, INSERT ON sifa.idempotency_probe TO sifa_app");
    }

    private int probeRows(String marker) {
        return jdbc.queryForObject("SELECT count(*) FROM idempotency_probe WHERE marker = ?", Integer.class, marker);
    }

    @Test
    void anOversizedJsonBodyWithAKeyIsRefusedBeforeItRuns() throws Exception {
        int before = IdempotencyProbeController.EXECUTIONS.get();
        String huge = "{\"a\":\"" + "x".repeat(IdempotencyFilter.MAX_BODY) + "\"}";
        mvc.perform(post("/api/test/idempotency/count").with(as(ADMIN)).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/payload-too-large"));
        assertThat(IdempotencyProbeController.EXECUTIONS.get()).isEqualTo(before);
    }

    @Test
    void aRetriedUploadIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID recordId = UUID.randomUUID();
        MockMultipartFile file = new MockMultipartFile("file", "证明.txt", "text/plain", "调解协议已履行".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart("/api/core/v1/attachments").file(file).param("recordType", "mediation-case")
                            .param("recordId", recordId.toString()).header("Idempotency-Key", key)
                            .with(as(TestCallers.staff("430105", Role.MEDIATION_STAFF))))
                    .andExpect(status().isCreated());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_attachment WHERE record_id = ?", Integer.class, recordId)).isEqualTo(1);
    }
}
