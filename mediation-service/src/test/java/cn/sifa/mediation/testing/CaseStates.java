package cn.sifa.mediation.testing;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.read;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import cn.sifa.core.security.SifaPrincipal;

/** Brings a case to each state through the API, with back-dated steps a few days apart. */
public final class CaseStates {

    private final MediationApi api;
    private final SifaPrincipal who;
    private final UUID mediator;

    public CaseStates(MediationApi api, SifaPrincipal who, UUID mediator) {
        this.api = api;
        this.who = who;
        this.mediator = mediator;
    }

    public String registered() throws Exception {
        String id = read(api.send(who, CASES, MediationApi.newCase("2026-10-12")).andExpect(status().isCreated()).andReturn(), "$.id");
        return CASES + "/" + id;
    }

    public String accepted() throws Exception {
        String path = registered();
        step(path, "accept", "{\"acceptedOn\":\"2026-10-13\",\"mediatorIds\":[\"" + mediator + "\"]}");
        return path;
    }

    public String mediating() throws Exception {
        String path = accepted();
        step(path, "sessions", "{\"heldOn\":\"2026-10-14\",\"place\":\"调解室\",\"notes\":\"第一次调解\"}");
        return path;
    }

    public String declined() throws Exception {
        String path = registered();
        step(path, "decline", "{\"declinedOn\":\"2026-10-13\",\"reason\":\"不属于人民调解范围\"}");
        return path;
    }

    public String failed() throws Exception {
        String path = mediating();
        step(path, "fail", "{\"failedOn\":\"2026-10-20\",\"reason\":\"调解不成\"}");
        return path;
    }

    public String agreed() throws Exception {
        String path = mediating();
        step(path, "agreement", "{\"form\":\"WRITTEN\",\"terms\":\"赔偿\",\"amount\":1000,\"effectiveOn\":\"2026-10-20\"}");
        return path;
    }

    public String archived() throws Exception {
        String path = agreed();
        step(path, "archive", "{\"archivedOn\":\"2026-10-25\"}");
        return path;
    }

    public void step(String path, String action, String json) throws Exception {
        api.send(who, path + "/" + action, json).andExpect(status().isOk());
    }
}
