package cn.sifa.core.error;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to the servlet response, for code that runs outside Spring MVC (servlet
 * filters, Spring Security's entry points) and so cannot return a {@code ResponseEntity}.
 */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", problem.getType().toString());
        document.put("title", problem.getTitle());
        document.put("status", problem.getStatus());
        document.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            document.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            document.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(document));
    }
}
