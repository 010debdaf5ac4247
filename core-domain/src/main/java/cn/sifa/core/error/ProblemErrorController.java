package cn.sifa.core.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (raised in filters, by the servlet container, 404 on unknown paths
 * outside MVC) still answer problem+json instead of Boot's default error body.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            // Raised in a filter (e.g. the Idempotency-Key store) while the database is down: 503, not 500.
            ResponseEntity<ProblemDetail> unavailable = DatabaseUnavailable.response(request);
            String failedUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (failedUri != null && unavailable.getBody() != null) {
                unavailable.getBody().setInstance(java.net.URI.create(failedUri));
            }
            return unavailable;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = status == 404 ? "路径 " + uri + " 不存在" : null;
        ProblemDetail problem = Problems.forStatus(status, detail, request);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri));
        }
        return Problems.response(problem);
    }
}
