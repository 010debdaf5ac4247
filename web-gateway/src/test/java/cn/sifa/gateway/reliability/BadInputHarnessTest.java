package cn.sifa.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.web.JsonBodyLimitFilter;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;
import cn.sifa.gateway.demo.DemoAccounts;

/**
 * Bad input generated from our own OpenAPI documents (issue 16). The harness reads every document group the running
 * application publishes ({@code /v3/api-docs/swagger-config}), so a service added later is covered without new test
 * code. For every write operation (POST, PUT, PATCH) it derives invalid requests from the operation's schema: each
 * required field missing or null, each field of the wrong JSON type, numbers out of range, strings over their
 * maxLength, invalid enum codes, malformed dates and UUIDs, invalid ID numbers and credit codes, SQL and script payloads
 * where only codes, dates or IDs are allowed, an unknown field, broken JSON, a JSON array or scalar instead of the
 * object, an empty body, wrong content types, a body one byte over the JSON body limit (its length declared; and once
 * per document a 3 MB body sent chunked, without a length), and malformed or hostile path parameters.
 * <p>
 * Every answer must be 4xx {@code application/problem+json} (never 5xx, never 2xx; 413 for the oversized bodies), and the row counts of every
 * table (except the call and audit logs) must be the same before and after each operation's cases.
 * {@code -Dsifa.fuzz.rounds=N} repeats the field cases with N different seeds (a bigger run on demand).
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class BadInputHarnessTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int ROUNDS = Integer.getInteger("sifa.fuzz.rounds", 1);
    /** Tables that every request may write (request logs) or that the scheduled jobs write meanwhile, not records. */
    static final List<String> LOG_TABLES = List.of("core_api_call_log", "core_audit_event", "core_idempotency_key",
            "spring_session", "spring_session_attributes", "shedlock", "core_notification");
    static final List<String> HOSTILE = List.of("'; DROP TABLE core_audit_event; --", "1' OR '1'='1",
            "<script>alert(1)</script>", "\u202Eevil\u0000", "${jndi:ldap://x/a}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonBodyLimitFilter bodyLimits;

    /** The signed-in administrator's browser (session cookie, CSRF) and a plain client for bearer tokens. */
    HttpClient client;
    HttpClient plain;
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final List<String> tokens = new ArrayList<>();
    int turn;

    /** One generated request and what it was meant to break. */
    record Case(String kind, String method, String path, String contentType, byte[] body, boolean chunked) {
        Case(String kind, String method, String path, String contentType, byte[] body) {
            this(kind, method, path, contentType, body, false);
        }
    }

    @Test
    void everyWriteOperationAnswersBadInputWith4xxProblemAndWritesNothing() throws Exception {
        client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String id : List.of("kaifu-county", "rongcheng-county", "jinyun-county", "quzhou-city")) {
            tokens.add(Http.accessToken(port, id, id.replace("-county", "").replace("-city", "") + "-demo-secret"));
        }
        String adminXsrf = loginAdmin();
        List<String> tables = jdbc.queryForList("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                order by 1""", String.class).stream()
                .filter(t -> LOG_TABLES.stream().noneMatch(log -> t.endsWith("." + log))).toList();
        String countAll = String.join(" union all ", tables.stream().map(t -> "select '" + t + "', count(*) from " + t).toList());

        long started = System.nanoTime();
        JsonNode config = JSON.readTree(get("/v3/api-docs/swagger-config"));
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byGroup = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (JsonNode url : config.get("urls")) {
            String group = url.get("name").asString();
            JsonNode doc = JSON.readTree(get(url.get("url").asString()));
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").properties().iterator();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (String method : List.of("post", "put", "patch")) {
                    JsonNode op = path.getValue().get(method);
                    if (op == null) {
                        continue;
                    }
                    operations++;
                    Map<String, Long> before = counts(countAll);
                    // one chunked 3 MB body per document (a declared length just over the limit goes to every operation)
                    boolean oversized = byGroup.getOrDefault(group, 0) == 0;
                    for (Case c : cases(doc, method.toUpperCase(), path.getKey(), op, oversized)) {
                        HttpResponse<String> r = send(c, group.equals("core") ? adminXsrf : null);
                        byStatus.merge(String.valueOf(r.statusCode()), 1, Integer::sum);
                        byKind.merge(c.kind(), 1, Integer::sum);
                        byGroup.merge(group, 1, Integer::sum);
                        String type = r.headers().firstValue("Content-Type").orElse("");
                        boolean wrong = c.kind().startsWith("oversized") ? r.statusCode() != 413
                                : r.statusCode() < 400 || r.statusCode() >= 500;
                        if (wrong || !type.startsWith("application/problem+json")) {
                            failures.add(c.method() + " " + c.path() + " [" + c.kind() + "] → " + r.statusCode() + " " + type + " "
                                    + abbreviate(new String(c.body(), StandardCharsets.UTF_8)) + " ⇒ " + abbreviate(r.body()));
                        }
                    }
                    Map<String, Long> after = counts(countAll);
                    if (!after.equals(before)) {
                        Map<String, String> changed = new TreeMap<>();
                        after.forEach((t, n) -> {
                            if (!n.equals(before.get(t))) {
                                changed.put(t, before.get(t) + "→" + n);
                            }
                        });
                        failures.add(method.toUpperCase() + " " + path.getKey() + " wrote rows: " + changed);
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        int sent = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("bad-input harness: %d cases over %d write operations in %d documents in %d s%n  by status %s%n  by kind %s%n  by document %s%n",
                sent, operations, config.get("urls").size(), seconds, byStatus, byKind, byGroup);
        assertThat(failures).as("cases answered other than 4xx problem+json, or that wrote rows").isEmpty();
        assertThat(sent).as("cases sent").isGreaterThanOrEqualTo(2000);
    }

    // ---- case generation ------------------------------------------------------------------------------------------

    List<Case> cases(JsonNode doc, String method, String template, JsonNode op, boolean withOversized) {
        List<Case> out = new ArrayList<>();
        String path = concretePath(template, op, UUID.randomUUID().toString());
        JsonNode content = op.path("requestBody").path("content");
        boolean json = content.has("application/json");
        boolean multipart = content.has("multipart/form-data");
        JsonNode schema = json ? resolve(doc, content.get("application/json").path("schema")) : NODES.objectNode();
        ObjectNode base = json && schema.path("type").asString("object").equals("object") ? (ObjectNode) base(doc, schema, 0) : NODES.objectNode();

        // malformed and hostile path parameters
        if (template.contains("{")) {
            for (String bad : List.of("not-a-uuid", "1' OR '1'='1", "<script>", "%00", "..%2F..%2Fetc%2Fpasswd")) {
                String encoded = java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8).replace("+", "%20");
                out.add(jsonCase("path-param", method, concretePath(template, op, encoded), base));
            }
        }
        if (multipart) {
            out.add(new Case("multipart-without-boundary", method, path, "multipart/form-data", "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
            out.add(new Case("multipart-empty", method, path, "multipart/form-data; boundary=sifa", "--sifa--\r\n".getBytes(StandardCharsets.UTF_8)));
            out.add(new Case("wrong-content-type", method, path, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
            return out;
        }
        if (!json) {
            return out;
        }
        // whole-body cases
        for (String broken : List.of("{", "{\"a\":", "[", "{\"a\" 1}", "nul", "{'single':'quotes'}", "\u0000\u0001")) {
            out.add(raw("broken-json", method, path, "application/json", broken));
        }
        out.add(raw("empty-body", method, path, "application/json", ""));
        out.add(raw("array-instead-of-object", method, path, "application/json", "[" + base + "]"));
        out.add(raw("scalar-instead-of-object", method, path, "application/json", "\"" + HOSTILE.get(0) + "\""));
        out.add(raw("wrong-content-type", method, path, "text/plain", base.toString()));
        out.add(raw("wrong-content-type", method, path, "application/xml", "<case/>"));
        out.add(raw("wrong-content-type", method, path, "application/x-www-form-urlencoded", "a=1&b=2"));
        ObjectNode unknown = base.deepCopy();
        unknown.put("unknownFieldFromHarness", HOSTILE.get(1));
        out.add(jsonCase("unknown-field", method, path, unknown));
        // CONVENTIONS 413: one byte over the path's JSON body limit with its length declared (refused unread), and a
        // body sent without a length (chunked), counted while it is read
        out.add(new Case("oversized-body-declared", method, path, "application/json", padded(base, bodyLimits.limitFor(path) + 1)));
        if (withOversized) {
            out.add(new Case("oversized-body-chunked", method, path, "application/json",
                    padded(base, Math.max(3L << 20, bodyLimits.limitFor(path) + (1 << 20))), true));
        }

        // field cases: every property at depth 1 and 2 (objects and the first element of arrays of objects)
        List<Field> fields = new ArrayList<>();
        collect(doc, schema, base, "", 0, fields);
        for (int round = 0; round < ROUNDS; round++) {
            for (Field f : fields) {
                for (Map.Entry<String, JsonNode> bad : badValues(f, round).entrySet()) {
                    ObjectNode body = base.deepCopy();
                    if (set(body, f.path(), bad.getValue())) {
                        out.add(jsonCase(bad.getKey(), method, path, body));
                    }
                }
                if (f.required()) {
                    ObjectNode body = base.deepCopy();
                    if (remove(body, f.path())) {
                        out.add(jsonCase("missing-required", method, path, body));
                    }
                    ObjectNode nulled = base.deepCopy();
                    if (set(nulled, f.path(), NODES.nullNode())) {
                        out.add(jsonCase("null-required", method, path, nulled));
                    }
                }
            }
        }
        return out;
    }

    record Field(String path, JsonNode schema, boolean required) {
    }

    void collect(JsonNode doc, JsonNode schema, JsonNode value, String prefix, int depth, List<Field> out) {
        JsonNode props = schema.path("properties");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        props.properties().forEach(p -> {
            JsonNode s = resolve(doc, p.getValue());
            String path = prefix + "/" + p.getKey();
            out.add(new Field(path, s, required.contains(p.getKey())));
            if (depth < 1) {
                JsonNode v = value == null ? null : value.get(p.getKey());
                if ("object".equals(s.path("type").asString()) && s.has("properties") && v != null && v.isObject()) {
                    collect(doc, s, v, path, depth + 1, out);
                } else if ("array".equals(s.path("type").asString()) && v != null && v.isArray() && !v.isEmpty()) {
                    JsonNode item = resolve(doc, s.path("items"));
                    if (item.has("properties")) {
                        collect(doc, item, v.get(0), path + "/0", depth + 1, out);
                    }
                }
            }
        });
    }

    /** Values that break the field's schema, named by what they break. */
    Map<String, JsonNode> badValues(Field f, int round) {
        JsonNode s = f.schema();
        String type = s.path("type").asString("object");
        String format = s.path("format").asString("");
        String name = f.path().substring(f.path().lastIndexOf('/') + 1).toLowerCase();
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        String hostile = HOSTILE.get(round % HOSTILE.size());
        switch (type) {
            case "string" -> {
                ObjectNode object = NODES.objectNode();
                object.put("unexpected", true);
                bad.put("wrong-type", object);
                bad.put("wrong-type-array", NODES.arrayNode().add(1).add(2));
                if (s.has("enum")) {
                    bad.put("invalid-enum", NODES.stringNode("NOT_A_CODE_" + round));
                    bad.put("sql-or-script-in-code", NODES.stringNode(hostile));
                }
                if (s.has("maxLength")) {
                    bad.put("over-long-string", NODES.stringNode("长".repeat(s.get("maxLength").asInt() + 1 + round)));
                }
                if (s.has("minLength") && s.get("minLength").asInt() > 0) {
                    bad.put("under-min-length", NODES.stringNode(""));
                }
                switch (format) {
                    case "date" -> {
                        bad.put("malformed-date", NODES.stringNode(List.of("2026-13-45", "02/11/2026", "2026-02-30", "yesterday").get(round % 4)));
                        bad.put("sql-or-script-in-date", NODES.stringNode(hostile));
                    }
                    case "date-time" -> bad.put("malformed-date-time", NODES.stringNode("2026-11-02 25:61"));
                    case "uuid" -> {
                        bad.put("malformed-uuid", NODES.stringNode("not-a-uuid-" + round));
                        bad.put("sql-or-script-in-uuid", NODES.stringNode(hostile));
                    }
                    default -> {
                    }
                }
                if (name.equals("idnumber") || name.endsWith("idnumber")) {
                    bad.put("invalid-id-number", NODES.stringNode(List.of("110105194912310021", "11010519491331002X", "12345").get(round % 3)));
                }
                if (name.endsWith("creditcode")) {
                    bad.put("invalid-credit-code", NODES.stringNode("91110000MA00000000"));
                }
            }
            case "integer", "number" -> {
                bad.put("wrong-type", NODES.stringNode("abc" + round));
                bad.put("wrong-type-object", NODES.objectNode());
                if ("integer".equals(type)) {
                    bad.put("integer-overflow", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
                    bad.put("fraction-for-integer", NODES.numberNode(1.5));
                }
                if (s.has("minimum")) {
                    bad.put("below-minimum", NODES.numberNode(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                }
                if (s.has("maximum")) {
                    bad.put("above-maximum", NODES.numberNode(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                }
            }
            case "boolean" -> bad.put("wrong-type", NODES.stringNode("maybe"));
            case "array" -> {
                bad.put("wrong-type", NODES.stringNode(hostile));
                if (s.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                        many.add(NODES.objectNode());
                    }
                    bad.put("too-many-items", many);
                }
            }
            default -> bad.put("wrong-type", NODES.numberNode(42));
        }
        return bad;
    }

    /** A body with every required property at a plausible value (examples first), so each case breaks one thing. */
    JsonNode base(JsonNode doc, JsonNode schema, int depth) {
        schema = resolve(doc, schema);
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        if (schema.has("example") && !"object".equals(type) && !"array".equals(type)) {
            return schema.get("example");
        }
        return switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (depth < 4) {
                    List<String> required = new ArrayList<>();
                    schema.path("required").forEach(r -> required.add(r.asString()));
                    schema.path("properties").properties().forEach(p -> {
                        if (required.contains(p.getKey())) {
                            o.set(p.getKey(), base(doc, p.getValue(), depth + 1));
                        }
                    });
                }
                yield o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (schema.path("minItems").asInt(0) > 0 || depth < 2) {
                    a.add(base(doc, schema.path("items"), depth + 1));
                }
                yield a;
            }
            case "integer", "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "boolean" -> NODES.booleanNode(true);
            default -> schema.has("enum") ? schema.get("enum").get(0) : switch (schema.path("format").asString("")) {
                case "date" -> NODES.stringNode("2026-11-02");
                case "date-time" -> NODES.stringNode("2026-11-02T10:00:00+08:00");
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                default -> NODES.stringNode("测试");
            };
        };
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asString();
            schema = doc.at(ref.substring(1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(doc, schema.get("allOf").get(0));
        }
        if (schema.has("oneOf") && !schema.get("oneOf").isEmpty()) {
            return resolve(doc, schema.get("oneOf").get(0));
        }
        return schema;
    }

    static String concretePath(String template, JsonNode op, String value) {
        String path = template;
        for (JsonNode p : op.path("parameters")) {
            if ("path".equals(p.path("in").asString(""))) {
                String type = p.path("schema").path("type").asString("string");
                String v = value.length() == 36 && !"string".equals(type) ? "999999" : value;
                path = path.replace("{" + p.get("name").asString() + "}", v);
            }
        }
        return path.replaceAll("\\{[^}]+}", value);
    }

    static boolean set(ObjectNode body, String path, JsonNode value) {
        int last = path.lastIndexOf('/');
        JsonNode parent = last == 0 ? body : body.at(path.substring(0, last));
        String key = path.substring(last + 1);
        if (parent instanceof ObjectNode o) {
            o.set(key, value);
            return true;
        }
        return false;
    }

    static boolean remove(ObjectNode body, String path) {
        int last = path.lastIndexOf('/');
        JsonNode parent = last == 0 ? body : body.at(path.substring(0, last));
        return parent instanceof ObjectNode o && o.remove(path.substring(last + 1)) != null;
    }

    /** The base body with a padding field that makes it exactly {@code size} bytes long. */
    static byte[] padded(ObjectNode base, long size) {
        ObjectNode body = base.deepCopy();
        body.put("paddingFromHarness", "");
        int plain = body.toString().getBytes(StandardCharsets.UTF_8).length;
        body.put("paddingFromHarness", "x".repeat(Math.toIntExact(size - plain)));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(Math.toIntExact(size));
        return bytes;
    }

    static Case jsonCase(String kind, String method, String path, JsonNode body) {
        return new Case(kind, method, path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Case raw(String kind, String method, String path, String contentType, String body) {
        return new Case(kind, method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    // ---- transport ------------------------------------------------------------------------------------------------

    String loginAdmin() throws Exception {
        client.send(HttpRequest.newBuilder(uri("/api/auth/me")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", "admin",
                        "password", DemoAccounts.PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return xsrf();
    }

    String xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    /** Core operations as the signed-in administrator (session + CSRF), the others as a county system's token. */
    HttpResponse<String> send(Case c, String adminXsrf) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(c.path())).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json")
                    .method(c.method(), c.chunked()
                            ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(c.body()))
                            : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            if (c.contentType() != null) {
                b.header("Content-Type", c.contentType());
            }
            Consumer<HttpRequest.Builder> caller = adminXsrf != null ? r -> r.header("X-XSRF-TOKEN", adminXsrf)
                    : r -> r.header("Authorization", "Bearer " + tokens.get(turn++ % tokens.size()));
            caller.accept(b);
            HttpResponse<String> r = (adminXsrf != null ? client : plain).send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 429 || attempt > 20) {
                return r;
            }
            Thread.sleep(250);
        }
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Map<String, Long> counts(String countAll) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(countAll, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
