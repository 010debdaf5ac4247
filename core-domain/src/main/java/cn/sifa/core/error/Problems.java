package cn.sifa.core.error;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds problem documents the same way for the advice, the error controller and servlet filters. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    public static ProblemDetail forStatus(int status, String detail, HttpServletRequest request) {
        return of(HttpStatus.valueOf(status), URI.create(SifaException.TYPE_BASE + slugFor(status)), titleFor(status),
                detail == null || detail.isBlank() ? titleFor(status) : detail, request);
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM_JSON).body(problem);
    }

    public static String slugFor(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 503 -> "service-unavailable";
            default -> status >= 500 ? "internal-error" : "error";
        };
    }

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "请求不合法";
            case 401 -> "未认证";
            case 403 -> "无权执行此操作";
            case 404 -> "资源不存在";
            case 405 -> "不支持的请求方法";
            case 406 -> "无法提供请求的格式";
            case 409 -> "数据冲突";
            case 412 -> "记录已被他人修改";
            case 413 -> "内容过大";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "系统内部错误" : "请求失败";
        };
    }
}
