package cn.sifa.mediation.dispute;

import static cn.sifa.mediation.testing.MediationApi.CASES;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_CLIENT;
import static cn.sifa.mediation.testing.MediationApi.KAIFU_STAFF;
import static cn.sifa.mediation.testing.MediationApi.RONGCHENG_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import cn.sifa.core.testing.TestCallers;
import cn.sifa.mediation.testing.MediationApi;
import cn.sifa.mediation.testing.MediationApiTest;

/**
 * {@code GET /cases?cursor=}: walking a county's filtered list with {@code page.nextCursor} reads the cases, in the
 * order, that page numbers read, for several sorts (ties on the received date and on the status are broken by the
 * id), and never another county's case; a cursor of another sort or filter, an altered one, or one beside
 * {@code page>0} is a 400 on {@code cursor}.
 */
class CaseListCursorApiTest extends MediationApiTest {

    static final String TAG = "keyset-walk";

    MediationApi api;

    @BeforeEach
    void setUp() throws Exception {
        api = new MediationApi(mvc, jdbc);
        api.ensureBureau("430105", "长沙市开福区司法局", "开福");
        api.ensureBureau("371082", "荣成市司法局", "荣成");
        if (count("med_case", "summary like ?", TAG + "%") == 0) {
            for (int i = 0; i < 9; i++) {
                api.send(KAIFU_STAFF, CASES, tagged("2026-07-1" + (i % 3 + 1))).andExpect(status().isCreated());
            }
            api.send(RONGCHENG_CLIENT, CASES, tagged("2026-07-12")).andExpect(status().isCreated());
        }
    }

    @Test
    void walkingWithCursorsReadsWhatPageNumbersRead() throws Exception {
        for (String sort : List.of("", "&sort=status,asc", "&sort=receivedOn,asc", "&sort=nextDueOn,asc", "&sort=caseNo,desc")) {
            String list = CASES + "?q=" + TAG + "&size=2" + sort;
            List<String> byNumber = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                byNumber.addAll(read(api.fetch(KAIFU_CLIENT, list + "&page=" + p).andExpect(status().isOk()).andReturn(), "$.content[*].id"));
            }
            assertThat(byNumber).as(sort).hasSize(9).doesNotHaveDuplicates();

            List<String> byCursor = new ArrayList<>();
            String cursor = null;
            for (int p = 0; p < 5; p++) {
                MvcResult page = api.fetch(KAIFU_CLIENT, list + (cursor == null ? "" : "&cursor=" + cursor))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.page.number").value(p))
                        .andExpect(jsonPath("$.page.totalElements").value(9))
                        .andExpect(jsonPath("$.page.totalPages").value(5))
                        .andReturn();
                byCursor.addAll(read(page, "$.content[*].id"));
                List<String> divisions = read(page, "$.content[*].divisionCode");
                assertThat(divisions).allMatch("430105"::equals);
                cursor = p < 4 ? read(page, "$.page.nextCursor") : null;
                if (p == 4) {
                    assertThat(MediationApi.body(page)).doesNotContain("nextCursor");
                }
            }
            assertThat(byCursor).as(sort).containsExactlyElementsOf(byNumber);
        }
    }

    @Test
    void aCursorOnlyContinuesItsOwnList() throws Exception {
        String list = CASES + "?q=" + TAG + "&size=2&sort=status,asc";
        String cursor = read(api.fetch(KAIFU_CLIENT, list).andReturn(), "$.page.nextCursor");
        refused(list.replace("status,asc", "receivedOn,asc") + "&cursor=" + cursor, "invalid-cursor");
        refused(list + "&status=REGISTERED&cursor=" + cursor, "invalid-cursor");
        refused(list + "&cursor=" + cursor.replace(cursor.charAt(5), cursor.charAt(5) == 'A' ? 'B' : 'A'), "invalid-cursor");
        refused(list + "&cursor=x" + cursor, "invalid-cursor");
        refused(list + "&page=1&cursor=" + cursor, "cursor-with-page");
        api.fetch(KAIFU_CLIENT, list + "&page=0&cursor=" + cursor).andExpect(status().isOk()).andExpect(jsonPath("$.page.number").value(1));
        // Another county's caller reads its own list after the cursor: the scope applies whatever the cursor says.
        api.fetch(RONGCHENG_CLIENT, list + "&cursor=" + cursor).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.divisionCode != '371082')]").isEmpty());
        // The city above 开福 sees the county's nine, not 荣成's.
        api.fetch(TestCallers.client("430100", "mediation.read"), CASES + "?q=" + TAG + "&size=200")
                .andExpect(jsonPath("$.page.totalElements").value(9));
    }

    private void refused(String url, String code) throws Exception {
        api.fetch(KAIFU_CLIENT, url).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("cursor"))
                .andExpect(jsonPath("$.errors[0].code").value(code));
    }

    private static String tagged(String receivedOn) {
        return MediationApi.newCase(receivedOn).replace("相邻双方因排水沟堵塞发生争执", TAG + " 相邻双方因排水沟堵塞发生争执");
    }
}
