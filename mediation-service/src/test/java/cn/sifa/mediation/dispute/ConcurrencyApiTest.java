package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.sifa.mediation.testing.CaseStates;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** Two conflicting steps at once: one wins, the other gets 409 (or 412 with a stale If-Match); nothing is lost. */
class ConcurrencyApiTest extends MediationApiTest {


    MediationApi api;
    CaseStates states;
    UUID mediator;

    @BeforeEach
    void setUp() {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        mediator = api.ensureMediator("430105", "王调解员");
        states = new CaseStates(api, KAIFU_STAFF, mediator);
    }

    @Test
    void aStaleIfMatchAnswers412() throws Exception {
        String path = states.registered();
        String etag = api.fetch(KAIFU_STAFF, path).andReturn().getResponse().getHeader("ETag");
        api.sendIfMatch(KAIFU_STAFF, path + "/accept", etag, "{\"mediatorIds\":[\"" + mediator + "\"]}").andExpect(status().isOk());
        api.sendIfMatch(KAIFU_STAFF, path + "/decline", etag, "{\"reason\":\"不予受理\"}")
                .andExpect(status().isPreconditionFailed());
        assertThat((String) read(api.fetch(KAIFU_STAFF, path).andReturn(), "$.status")).isEqualTo("ACCEPTED");
    }

    @Test
    void acceptAndDeclineAtOnceOneWinsTheOtherIsRefused() throws Exception {
        for (int round = 0; round < 5; round++) {
            String path = states.registered();
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> accept = CompletableFuture.supplyAsync(() -> call(start, path + "/accept",
                    "{\"mediatorIds\":[\"" + mediator + "\"]}"));
            CompletableFuture<Integer> decline = CompletableFuture.supplyAsync(() -> call(start, path + "/decline",
                    "{\"reason\":\"当事人拒绝\"}"));
            start.countDown();
            List<Integer> codes = new ArrayList<>(List.of(accept.get(30, TimeUnit.SECONDS), decline.get(30, TimeUnit.SECONDS)));
            assertThat(codes).as("round %d", round).containsOnlyOnce(200);
            assertThat(codes).as("round %d", round).containsAnyOf(409, 412);
            String status = read(api.fetch(KAIFU_STAFF, path).andReturn(), "$.status");
            assertThat(status).isEqualTo(codes.get(0) == 200 ? "ACCEPTED" : "DECLINED");
            String id = path.substring(path.lastIndexOf('/') + 1);
            assertThat(jdbc.queryForObject("select count(*) from core_transition where record_id = ?::uuid and action in ('accept', 'decline')",
                    Integer.class, id)).isEqualTo(1);
        }
    }

    private int call(CountDownLatch start, String path, String json) {
        try {
            start.await();
            return api.send(KAIFU_STAFF, path, json).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
