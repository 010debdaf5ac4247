package cn.sifa.core.web;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.AbstractModelConverter;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiBuilderCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.method.HandlerMethod;

import cn.sifa.core.export.ExportFormat;

/**
 * The contract every Sifa OpenAPI document keeps, applied once here to every service's document and every gateway
 * group, so that third-party generators produce a usable client (CONVENTIONS "Documentation"):
 * <ul>
 * <li>schema names are unique: a nested record is named after its enclosing class too
 * ({@code PenaltyFilingRequests.FileRequest} → {@code PenaltyFilingRequestsFileRequest});</li>
 * <li>tags are English, one per controller ({@code PenaltyFiling}), with the Chinese name as description;
 * operationIds are the method name plus that tag ({@code listPenaltyFiling}), never {@code get_6};</li>
 * <li>every operation declares a 2xx with {@code application/json} and its schema (plus CSV/Excel where the list
 * exports; a handler that writes a file itself declares its {@code produces} types as a binary body); every error
 * answers {@code application/problem+json} with the one {@code Problem} schema;</li>
 * <li>the shared headers and parameters are declared once under components and referenced:
 * {@code Idempotency-Key} on every POST, {@code If-Match} on writes to a record, {@code page}/{@code size} on
 * lists, the {@code ETag} and {@code Sifa-Total-Lower-Bound} response headers;</li>
 * <li>examples have the type of their schema (a division code is the string {@code "430105"});</li>
 * <li>what the framework resolves by itself is no parameter of the contract: Spring Security's {@code CsrfToken}
 * argument, and the {@code Accept}, {@code Content-Type} and {@code Authorization} headers (OpenAPI ignores them as
 * parameters; a generated client would grow an {@code accept} argument; the export types are on the 2xx instead).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiContract {

    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String EXAMPLE_UUID = "3f1c2a4e-8b7d-4c21-9a0e-2b5d6f7a8c90";
    private static final Set<String> EXPORT_TYPES = Set.of(ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE);
    /** Headers OpenAPI 3 ignores as parameters: they are the media types and the security scheme. */
    private static final Set<String> RESERVED_HEADERS = Set.of("accept", "content-type", "authorization");

    static {
        // a handler argument the framework supplies (the staff login's CSRF cookie), not a query parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CsrfToken.class);
    }

    /** English tag → its Chinese description, collected from the controllers' {@code @Tag}. */
    private final Map<String, String> tagDescriptions = new ConcurrentHashMap<>();

    /** operationId → the handler's success body type, for operations whose 2xx springdoc left without a schema. */
    private final Map<String, java.lang.reflect.Type> bodyTypes = new ConcurrentHashMap<>();

    /** operationId → the media types a handler that writes the response itself (a file, void) declares it produces. */
    private final Map<String, List<String>> fileTypes = new ConcurrentHashMap<>();

    /** Before any schema is resolved: nested classes get their enclosing class's name in front. */
    @Bean
    OpenApiBuilderCustomizer sifaSchemaNames() {
        return service -> {
            useNestedNames(ModelConverters.getInstance(true));
            useNestedNames(ModelConverters.getInstance(false));
        };
    }

    @Bean
    GlobalOperationCustomizer sifaOperationNames() {
        return (operation, handler) -> {
            String tag = tagOf(handler);
            operation.setTags(new ArrayList<>(List.of(tag)));
            operation.setOperationId(handler.getMethod().getName() + tag);
            bodyType(handler).ifPresentOrElse(type -> bodyTypes.put(operation.getOperationId(), type), () -> {
                org.springframework.web.bind.annotation.RequestMapping mapping = org.springframework.core.annotation.AnnotatedElementUtils
                        .findMergedAnnotation(handler.getMethod(), org.springframework.web.bind.annotation.RequestMapping.class);
                if (mapping != null && mapping.produces().length > 0) {
                    fileTypes.put(operation.getOperationId(), List.of(mapping.produces()));
                }
            });
            io.swagger.v3.oas.annotations.tags.Tag chinese = handler.getBeanType()
                    .getAnnotation(io.swagger.v3.oas.annotations.tags.Tag.class);
            if (chinese != null) {
                tagDescriptions.putIfAbsent(tag, chinese.description().isBlank() ? chinese.name()
                        : chinese.name() + ":" + chinese.description());
            }
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer sifaContract() {
        return this::apply;
    }

    /** The body a handler answers: its return type, unwrapped from {@code ResponseEntity}; none for void. */
    static java.util.Optional<java.lang.reflect.Type> bodyType(HandlerMethod handler) {
        org.springframework.core.ResolvableType type = org.springframework.core.ResolvableType.forMethodReturnType(handler.getMethod());
        if (org.springframework.http.HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        Class<?> raw = type.toClass();
        if (raw == void.class || raw == Void.class || raw == Object.class) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(type.getType());
    }

    /** The controller's name without "Controller": {@code PenaltyFilingController} → {@code PenaltyFiling}. */
    static String tagOf(HandlerMethod handler) {
        String name = handler.getBeanType().getSimpleName();
        return name.endsWith("Controller") && name.length() > "Controller".length()
                ? name.substring(0, name.length() - "Controller".length()) : name;
    }

    void apply(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        declareShared(components);
        Set<String> usedTags = new LinkedHashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                fixResponses(path, method, operation, components);
                fixParameters(path, method, operation);
                if (operation.getTags() != null) {
                    usedTags.addAll(operation.getTags());
                }
            }));
        }
        List<Tag> tags = usedTags.stream().sorted()
                .map(t -> new Tag().name(t).description(tagDescriptions.getOrDefault(t, t))).toList();
        openApi.setTags(tags.isEmpty() ? null : new ArrayList<>(tags));
        if (components.getSchemas() != null) {
            components.getSchemas().remove("ProblemDetail");
            components.getSchemas().remove("FieldErrorDetail");
            components.getSchemas().values().forEach(OpenApiContract::fixExamples);
        }
    }

    private static void declareShared(Components components) {
        Schema<Object> fieldError = new ObjectSchema().description("字段错误")
                .addProperty("field", new StringSchema().description("字段路径").example("parties[0].idNumber"))
                .addProperty("code", new StringSchema().description("错误代码(unknown-field、required、type-mismatch 等)").example("required"))
                .addProperty("message", new StringSchema().description("中文说明").example("当事人姓名不能为空"));
        fieldError.setRequired(List.of("field", "code", "message"));
        Schema<Object> problem = new ObjectSchema().description("RFC 9457 问题详情(application/problem+json)")
                .addProperty("type", new StringSchema().format("uri").description("问题类型").example("https://sifa.cn/problems/validation"))
                .addProperty("title", new StringSchema().description("标题").example("输入数据不合法"))
                .addProperty("status", new IntegerSchema().description("HTTP 状态码").example(400))
                .addProperty("detail", new StringSchema().description("说明").example("当事人姓名不能为空"))
                .addProperty("instance", new StringSchema().description("请求路径").example("/api/mediation/v1/cases"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF + "schemas/ProblemFieldError"))
                        .description("400 时列出每个不合法的字段"))
                .addProperty("currentState", new StringSchema().description("409 invalid-transition:记录当前状态").example("REGISTERED"))
                .addProperty("allowedActions", new ArraySchema().items(new StringSchema())
                        .description("409 invalid-transition:当前状态允许的操作").example(List.of("accept", "decline")));
        problem.setRequired(List.of("type", "title", "status"));
        components.addSchemas("ProblemFieldError", fieldError);
        components.addSchemas(PROBLEM, problem);

        components.addParameters("IdempotencyKey", new Parameter().in("header").name("Idempotency-Key").required(false)
                .description("幂等键:24 小时内以相同键和相同请求体重发,返回第一次的应答且不重复写入;相同键不同请求体返回 409")
                .schema(new StringSchema().minLength(1).maxLength(64).pattern("^[\\x21-\\x7E]{1,64}$").example("c0a8-2026-000123")));
        components.addParameters("IfMatch", new Parameter().in("header").name("If-Match").required(false)
                .description("记录的 ETag(版本号);已过期时返回 412").schema(new StringSchema().example("\"3\"")));
        components.addParameters("Page", new Parameter().in("query").name("page").required(false)
                .description("页码,从 0 开始").schema(new IntegerSchema().minimum(BigDecimal.ZERO)._default(0).example(0)));
        components.addParameters("Size", new Parameter().in("query").name("size").required(false)
                .description("每页条数,最多 200(更大返回 400)")
                .schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(200))._default(20).example(20)));
        components.addHeaders("ETag", new Header().description("记录的版本,修改时放入 If-Match").schema(new StringSchema().example("\"3\"")));
        components.addHeaders("SifaTotalLowerBound", new Header()
                .description("为 true 时 totalElements 只是下限(计数已封顶)").schema(new StringSchema().example("true")));
    }

    private void fixResponses(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Schema<?> success = null;
        Set<String> exports = new LinkedHashSet<>();
        Map<String, MediaType> otherTypes = new LinkedHashMap<>();
        // springdoc puts the return type's schema on every declared response that has no content of its own
        for (Map.Entry<String, ApiResponse> e : responses.entrySet()) {
            Content content = e.getValue().getContent();
            if (content == null || e.getValue().get$ref() != null) {
                continue;
            }
            boolean ok = e.getKey().startsWith("2");
            for (Map.Entry<String, MediaType> m : content.entrySet()) {
                Schema<?> schema = m.getValue().getSchema();
                if (m.getKey().equals(PROBLEM_JSON) || schema == null || isProblem(schema)) {
                    continue;
                }
                if (EXPORT_TYPES.contains(m.getKey())) {
                    exports.add(m.getKey());
                } else if (m.getKey().equals("application/json") || m.getKey().equals("*/*")) {
                    if (success == null || ok) {
                        success = schema;
                    }
                } else if (ok) {
                    otherTypes.put(m.getKey(), m.getValue());
                }
            }
        }
        if (success == null && operation.getOperationId() != null && bodyTypes.containsKey(operation.getOperationId())) {
            // a 2xx declared by annotation only for its export types: the JSON body comes from the return type
            var resolved = ModelConverters.getInstance(true).readAllAsResolvedSchema(bodyTypes.get(operation.getOperationId()));
            if (resolved != null && resolved.schema != null) {
                if (resolved.referencedSchemas != null) {
                    resolved.referencedSchemas.forEach((name, schema) -> {
                        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                            components.addSchemas(name, schema);
                        }
                    });
                }
                String name = resolved.schema.getName();
                success = name != null && components.getSchemas() != null && components.getSchemas().containsKey(name)
                        ? new Schema<>().$ref(REF + "schemas/" + name) : resolved.schema;
            }
        }
        if (success == null && otherTypes.isEmpty() && operation.getOperationId() != null) {
            // a handler writing a file itself (void): its produces types, as a binary body a client can save
            fileTypes.getOrDefault(operation.getOperationId(), List.of()).forEach(type -> otherTypes.put(type,
                    new MediaType().schema(new StringSchema().format("binary"))));
        }
        Map<String, ApiResponse> ordered = new TreeMap<>(Comparator.naturalOrder());
        ordered.putAll(responses);
        if (ordered.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
            ordered.put("200", new ApiResponse().description("成功"));
        }
        for (Map.Entry<String, ApiResponse> e : ordered.entrySet()) {
            ApiResponse response = e.getValue();
            if (response.get$ref() != null) {
                continue;
            }
            if (!e.getKey().startsWith("2")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref(REF + "schemas/" + PROBLEM))));
                continue;
            }
            if (e.getKey().equals("204")) {
                response.setContent(null);
                continue;
            }
            Content content = new Content();
            if (success != null) {
                boolean binary = "binary".equals(success.getFormat());
                content.addMediaType(binary ? "application/octet-stream" : "application/json", new MediaType().schema(success));
            }
            otherTypes.forEach(content::addMediaType);
            for (String export : exports) {
                content.addMediaType(export, new MediaType().schema(new StringSchema().format("binary")
                        .description(export.startsWith("text") ? "CSV 导出(Accept: text/csv)" : "Excel 导出")));
            }
            response.setContent(content.isEmpty() ? null : content);
            boolean record = path.endsWith("}") || method != PathItem.HttpMethod.GET;
            if (record && method != PathItem.HttpMethod.DELETE && success != null) {
                response.addHeaderObject("ETag", new Header().$ref(REF + "headers/ETag"));
            }
            if (isList(operation)) {
                response.addHeaderObject("Sifa-Total-Lower-Bound", new Header().$ref(REF + "headers/SifaTotalLowerBound"));
            }
        }
        ApiResponses fixed = new ApiResponses();
        ordered.forEach(fixed::addApiResponse);
        operation.setResponses(fixed);
    }

    private static boolean isList(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "size".equals(p.getName()) && "query".equals(p.getIn()));
    }

    private static void fixParameters(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        boolean paged = false;
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (p.get$ref() != null) {
                    parameters.add(p);
                    continue;
                }
                String name = p.getName();
                if ("header".equals(p.getIn()) && ("If-Match".equalsIgnoreCase(name) || "Idempotency-Key".equalsIgnoreCase(name)
                        || RESERVED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)))) {
                    continue;
                }
                if ("query".equals(p.getIn()) && ("page".equals(name) || "size".equals(name))) {
                    paged = true;
                    continue;
                }
                fixExamples(p.getSchema());
                if (p.getExample() != null && p.getSchema() != null && isString(p.getSchema()) && !(p.getExample() instanceof String)) {
                    p.setExample(String.valueOf(p.getExample()));
                }
                if (p.getExample() != null && p.getSchema() != null && isArray(p.getSchema()) && !(p.getExample() instanceof List)) {
                    // a multi-valued filter (status=A&status=B): its example is a list
                    p.setExample(List.of(String.valueOf(p.getExample())));
                }
                parameters.add(p);
            }
        }
        if (paged) {
            parameters.add(new Parameter().$ref(REF + "parameters/Page"));
            parameters.add(new Parameter().$ref(REF + "parameters/Size"));
        }
        boolean write = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || (method == PathItem.HttpMethod.POST && path.contains("{"));
        if (write) {
            parameters.add(new Parameter().$ref(REF + "parameters/IfMatch"));
        }
        if (method == PathItem.HttpMethod.POST) {
            parameters.add(new Parameter().$ref(REF + "parameters/IdempotencyKey"));
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);
    }

    private static boolean isProblem(Schema<?> schema) {
        String ref = schema.get$ref();
        return ref != null && (ref.endsWith("/ProblemDetail") || ref.endsWith("/" + PROBLEM));
    }

    private static boolean isArray(Schema<?> schema) {
        return "array".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("array"));
    }

    private static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
    }

    /** Examples in the type of their schema, ids that are UUIDs. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fixExamples(Schema schema) {
        if (schema == null) {
            return;
        }
        Object example = schema.getExample();
        if ("null".equals(example)) {
            schema.setExample(null);
            schema.setExampleSetFlag(false);
            example = null;
        }
        if (example != null && isString(schema)) {
            if (!(example instanceof String)) {
                schema.setExample(String.valueOf(example));
            }
            if ("date".equals(schema.getFormat()) && !String.valueOf(schema.getExample()).matches("\\d{4}-\\d{2}-\\d{2}")) {
                schema.setExample("2026-11-22");
            }
            if ("uuid".equals(schema.getFormat()) && !UUID_TEXT.matcher(String.valueOf(schema.getExample())).matches()) {
                schema.setExample(EXAMPLE_UUID);
            }
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(OpenApiContract::fixExamples);
        }
        fixExamples(schema.getItems());
        for (List<Schema> list : new List[]{schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (list != null) {
                list.forEach(OpenApiContract::fixExamples);
            }
        }
    }

    // ---- unique schema names ----------------------------------------------------------------------------------

    /** Names a nested class {@code Enclosing + Simple}, so two {@code FileRequest} records no longer collide. */
    static final class NestedTypeNames extends TypeNameResolver {
        static final NestedTypeNames INSTANCE = new NestedTypeNames();

        @Override
        protected String getNameOfClass(Class<?> cls) {
            StringBuilder name = new StringBuilder(cls.getSimpleName());
            for (Class<?> outer = cls.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
                name.insert(0, outer.getSimpleName());
            }
            return name.toString();
        }
    }

    private static final Field TYPE_NAME_RESOLVER;

    static {
        try {
            TYPE_NAME_RESOLVER = AbstractModelConverter.class.getDeclaredField("_typeNameResolver");
            TYPE_NAME_RESOLVER.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("swagger-core changed: AbstractModelConverter._typeNameResolver is gone", e);
        }
    }

    /** swagger-core offers no hook for the name of a nested class, so its resolver's naming strategy is swapped. */
    private static void useNestedNames(ModelConverters converters) {
        for (ModelConverter converter : converters.getConverters()) {
            if (converter instanceof AbstractModelConverter model) {
                try {
                    if (TYPE_NAME_RESOLVER.get(model) != NestedTypeNames.INSTANCE) {
                        TYPE_NAME_RESOLVER.set(model, NestedTypeNames.INSTANCE);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
