package cn.sifa.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

import cn.sifa.mediation.testing.MediationApiTest;

/** Auditors generate clients from the OpenAPI document: every mediation operation has a summary and declares its errors. */
class ApiDocumentationTest extends MediationApiTest {


    @Test
    void everyMediationOperationHasASummaryAndDeclaresItsErrors() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(doc, "$.paths");
        List<String> operations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (!path.startsWith("/api/mediation/")) {
                return;
            }
            methods.forEach((method, operation) -> {
                operations.add(method + " " + path);
                if (operation.get("summary") == null) {
                    problems.add(method + " " + path + ": no summary");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                // 404 belongs to operations on one record (a path with {id}); a list or a create cannot miss a record.
                boolean onOneRecord = path.contains("{");
                if (responses == null || !responses.containsKey("400") || (onOneRecord && !responses.containsKey("404"))) {
                    problems.add(method + " " + path + ": errors not declared " + (responses == null ? "" : responses.keySet()));
                }
            });
        });
        assertThat(operations).hasSizeGreaterThanOrEqualTo(35);
        assertThat(problems).isEmpty();
    }
}
