package cn.sifa.core.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.PropertyBindingException;

import cn.sifa.core.web.JsonBodyLimitFilter;

/**
 * The one error translator: every failure becomes RFC 9457 problem+json with a stable {@code type} URI, a
 * Chinese title and detail, and for 400s the list of invalid fields. Never a stack trace, never SQL.
 */
@RestControllerAdvice
// Just ahead of Boot's ProblemDetailsExceptionHandler (@Order(0)), which would otherwise answer the standard MVC
// exceptions itself, without "errors" or our types. A module advice that must win needs an order below -1.
@Order(-1)
public class ProblemTranslator {

    private static final Logger log = LoggerFactory.getLogger(ProblemTranslator.class);

    @ExceptionHandler(SifaException.class)
    ResponseEntity<ProblemDetail> domain(SifaException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ex.status(), ex.type(), ex.title(), ex.getMessage(), request);
        if (!ex.fieldErrors().isEmpty()) {
            problem.setProperty("errors", ex.fieldErrors());
        }
        ex.properties().forEach(problem::setProperty);
        return Problems.response(problem);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException ex, HttpServletRequest request) {
        List<FieldErrorDetail> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> errors.add(new FieldErrorDetail(fe.getField(),
                codeOf(fe.getCode()), fe.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(new FieldErrorDetail(ge.getObjectName(),
                codeOf(ge.getCode()), ge.getDefaultMessage())));
        return validation(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
        List<FieldErrorDetail> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> errors.add(new FieldErrorDetail(name,
                    codeOf(err.getCodes() == null || err.getCodes().length == 0 ? null : err.getCodes()[err.getCodes().length - 1]),
                    err.getDefaultMessage())));
        });
        return validation(errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldErrorDetail> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldErrorDetail(lastNode(v.getPropertyPath().toString()), "invalid", v.getMessage()))
                .toList();
        return validation(errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        JsonBodyLimitFilter.BodyTooLargeException tooLarge = JsonBodyLimitFilter.BodyTooLargeException.find(ex);
        if (tooLarge != null) {
            // The JSON reader ran past the body limit (a body sent without Content-Length): 413, not "malformed".
            return Problems.response(Problems.forStatus(413, JsonBodyLimitFilter.BodyTooLargeException.detail(tooLarge.limit()), request));
        }
        if (ex.getCause() instanceof PropertyBindingException unknown) {
            // A misspelled field (receivedon for receivedOn) would otherwise be dropped and its default (today) used.
            String field = pathOf(unknown.getPath());
            return validation(List.of(new FieldErrorDetail(field, "unknown-field",
                    "未知字段 " + field + ",请检查字段名的拼写和大小写")), request);
        }
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = pathOf(jackson.getPath());
            return validation(List.of(new FieldErrorDetail(field, "type-mismatch", "字段 " + field + " 的值格式不正确")), request);
        }
        return Problems.response(Problems.of(HttpStatus.BAD_REQUEST, URI.create(SifaException.TYPE_BASE + "malformed-request"),
                "请求格式错误", "请求体不是有效的 JSON", request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return validation(List.of(new FieldErrorDetail(ex.getName(), "type-mismatch",
                "参数 " + ex.getName() + " 的值 '" + ex.getValue() + "' 格式不正确")), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
        return validation(List.of(new FieldErrorDetail(ex.getParameterName(), "required",
                "请提供" + described(ex.getMethodParameter(), ex.getParameterName()))), request);
    }

    /**
     * The parameter as a clerk reads it: its OpenAPI description (执法主体) with the name in brackets, so a message
     * never shows a bare {@code agencyId}; the name alone when the parameter is undocumented.
     */
    private static String described(org.springframework.core.MethodParameter parameter, String name) {
        io.swagger.v3.oas.annotations.Parameter doc = parameter == null ? null
                : parameter.getParameterAnnotation(io.swagger.v3.oas.annotations.Parameter.class);
        String description = doc == null ? "" : doc.description().strip();
        // A description may go on after its first clause ("行政区划(本级及下级)"): the label is what comes before.
        String label = description.split("[,,;;。((]", 2)[0].strip();
        return label.isEmpty() ? "参数 " + name : label + "(" + name + ")";
    }

    /**
     * A lost race: Spring's translated exception, or JPA's own when a service flushed through the EntityManager
     * (the core applier's callers do, so that the race answers 409 and leaves nothing written).
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class})
    ResponseEntity<ProblemDetail> lostRace(RuntimeException ex, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.CONFLICT, URI.create(SifaException.TYPE_BASE + "conflict"),
                "数据冲突", "记录已被他人同时修改,请刷新后重试", request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
        // Not the database's message: it quotes the conflicting values ("Key (id_number)=(…) already exists").
        Throwable cause = ex.getMostSpecificCause();
        log.info("Integrity violation on {}: {} {}", request.getRequestURI(), cause.getClass().getSimpleName(),
                cause instanceof java.sql.SQLException sql ? "SQLState " + sql.getSQLState() : "");
        return Problems.response(Problems.of(HttpStatus.CONFLICT, URI.create(SifaException.TYPE_BASE + "conflict"),
                "数据冲突", "数据与已有记录冲突(重复或引用无效)", request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.FORBIDDEN, URI.create(SifaException.TYPE_BASE + "forbidden"),
                "无权执行此操作", "当前用户没有执行此操作的权限", request));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, URI.create(SifaException.TYPE_BASE + "unauthorized"),
                "未认证", "需要登录或有效的访问令牌", request);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(Problems.PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.NOT_FOUND, URI.create(SifaException.TYPE_BASE + "not-found"),
                "资源不存在", "路径 " + request.getRequestURI() + " 不存在", request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.METHOD_NOT_ALLOWED, URI.create(SifaException.TYPE_BASE + "method-not-allowed"),
                "不支持的请求方法", "路径 " + request.getRequestURI() + " 不支持 " + ex.getMethod(), request);
        HttpHeaders headers = new HttpHeaders();
        if (ex.getSupportedHttpMethods() != null) {
            headers.setAllow(ex.getSupportedHttpMethods());
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, URI.create(SifaException.TYPE_BASE + "unsupported-media-type"),
                "不支持的内容类型", "请使用 application/json", request));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.NOT_ACCEPTABLE, URI.create(SifaException.TYPE_BASE + "not-acceptable"),
                "无法提供请求的格式", "支持的格式:application/json、text/csv、Excel", request));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.CONTENT_TOO_LARGE, URI.create(SifaException.TYPE_BASE + "payload-too-large"),
                "内容过大", "上传内容超过大小限制", request));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException ex,
                                              HttpServletRequest request) {
        return validation(List.of(new FieldErrorDetail(ex.getRequestPartName(), "required", "缺少上传部分 " + ex.getRequestPartName())), request);
    }

    /** A multipart body that cannot be parsed (no boundary, truncated): the client's fault, not a 500. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(org.springframework.web.multipart.MultipartException ex, HttpServletRequest request) {
        return Problems.response(Problems.of(HttpStatus.BAD_REQUEST, URI.create(SifaException.TYPE_BASE + "malformed-request"),
                "请求格式错误", "请求体不是有效的 multipart/form-data", request));
    }

    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    ResponseEntity<ProblemDetail> errorResponse(org.springframework.web.ErrorResponseException ex, HttpServletRequest request) {
        HttpStatusCode status = ex.getStatusCode();
        ProblemDetail problem = Problems.of(HttpStatus.valueOf(status.value()),
                URI.create(SifaException.TYPE_BASE + Problems.slugFor(status.value())),
                Problems.titleFor(status.value()), ex.getBody().getDetail(), request);
        return Problems.response(problem);
    }

    /**
     * The database is down or restarting (no connection within the pool's timeout, a connection cut by a shutdown):
     * 503 with Retry-After, the client may retry (with its Idempotency-Key for a create). Checked along the cause chain
     * in {@link #unexpected} too, for the wrappers (JPA, Hibernate) these arrive in.
     */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessResourceException.class,
            org.springframework.dao.RecoverableDataAccessException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex, HttpServletRequest request) {
        logDatabaseUnavailable(ex, request);
        return DatabaseUnavailable.response(request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(ex)) {
            logDatabaseUnavailable(ex, request);
            return DatabaseUnavailable.response(request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return Problems.response(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, URI.create(SifaException.TYPE_BASE + "internal-error"),
                "系统内部错误", "系统处理请求时出错,请稍后重试或联系管理员", request));
    }

    private static void logDatabaseUnavailable(Exception ex, HttpServletRequest request) {
        // One line, no stack trace and no SQL: during an outage every request fails the same way.
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        log.warn("Database unavailable on {} {}: {} ({})", request.getMethod(), request.getRequestURI(),
                ex.getClass().getSimpleName(), cause.getClass().getSimpleName());
    }

    private ResponseEntity<ProblemDetail> validation(List<FieldErrorDetail> errors, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, URI.create(SifaException.TYPE_BASE + "validation"),
                "输入数据不合法", errors.isEmpty() ? "输入数据不合法" : errors.get(0).message(), request);
        problem.setProperty("errors", errors);
        return Problems.response(problem);
    }

    private static String pathOf(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }

    private static String codeOf(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "size";
            case "Pattern" -> "pattern";
            case "Past", "PastOrPresent" -> "date-in-future";
            case "ValidCitizenId" -> "invalid-id-number";
            case "ValidCreditCode" -> "invalid-credit-code";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Digits" -> "range";
            default -> constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        };
    }
}
