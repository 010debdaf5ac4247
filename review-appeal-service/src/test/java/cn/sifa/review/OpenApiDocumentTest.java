package cn.sifa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

class OpenApiDocumentTest extends ReviewAppealApiTest {

    @Test
    void everyReviewOperationIsDocumentedWithASummaryAndItsErrors() throws Exception {
        String doc = body(getJson(kaifu, "/v3/api-docs").andExpect(status().isOk()));
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(doc, "$.paths");
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/review/v1")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                operations++;
                Object summary = op.getValue().get("summary");
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.getValue().get("responses");
                if (summary == null || summary.toString().isBlank() || responses == null || !responses.containsKey("401")) {
                    undocumented.add(op.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isEqualTo(42);
        assertThat(undocumented).isEmpty();
        assertThat(doc).contains("ReconsiderationView").contains("LitigationView").contains("ReviewStatisticsView");
    }
}
