package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/** A list page counts the matching cases only up to a cap; beyond it totalElements is a lower bound, said in a header. */
class CaseListCountTest extends MediationApiTest {

    @Autowired
    cn.sifa.core.list.Listing proxy;

    cn.sifa.core.list.Listing listing;

    MediationApi api;
    long total;

    @BeforeEach
    void setUp() throws Exception {
        api = new MediationApi(mvc, jdbc);
        listing = AopTestUtils.getUltimateTargetObject(proxy); // the field lives on the bean, not its transactional proxy
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        for (int i = 0; i < 5; i++) {
            api.send(KAIFU_STAFF, CASES, MediationApi.newCase("2026-10-0" + (i + 1))).andExpect(status().isCreated());
        }
        total = jdbc.queryForObject("select count(*) from med_case where division_code like '430105%'", Long.class);
    }

    @AfterEach
    void restore() {
        org.springframework.test.util.ReflectionTestUtils.setField(listing, "countCap", cn.sifa.core.list.Listing.COUNT_CAP);
    }

    @Test
    void belowTheCapTheTotalIsExact() throws Exception {
        api.fetch(KAIFU_CLIENT, CASES + "?size=2").andExpect(status().isOk())
                .andExpect(header().doesNotExist(CaseController.TOTAL_LOWER_BOUND))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.page.totalElements").value(total))
                .andExpect(jsonPath("$.page.totalPages").value((total + 1) / 2));
        // The last page needs no count at all, and still answers the exact total.
        api.fetch(KAIFU_CLIENT, CASES + "?size=200").andExpect(header().doesNotExist(CaseController.TOTAL_LOWER_BOUND))
                .andExpect(jsonPath("$.page.totalElements").value(total));
    }

    @Test
    void aboveTheCapTheTotalIsALowerBound() throws Exception {
        org.springframework.test.util.ReflectionTestUtils.setField(listing, "countCap", 3);
        api.fetch(KAIFU_CLIENT, CASES + "?size=2").andExpect(status().isOk())
                .andExpect(header().string(CaseController.TOTAL_LOWER_BOUND, "true"))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        // A page beyond the cap reports at least what it has seen, so the pager can go on.
        api.fetch(KAIFU_CLIENT, CASES + "?size=2&page=1").andExpect(header().string(CaseController.TOTAL_LOWER_BOUND, "true"))
                .andExpect(jsonPath("$.page.totalElements").value(5))
                .andExpect(jsonPath("$.page.number").value(1));
    }
}
