package cn.sifa.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaJwtConverter;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;
import cn.sifa.gateway.demo.DemoAccounts;
import cn.sifa.gateway.token.SigningKeys;
import cn.sifa.gateway.token.UserTokens;

/**
 * The access matrix (issue 16), generated from the OpenAPI documents the running application publishes
 * ({@code /v3/api-docs/swagger-config}), so a service that lands later is covered without new test code.
 * <p>
 * Every operation is called by: no token; a staff token of every role (and the one multi-role demo login's pair);
 * a client token holding just one scope, for every scope. Each caller sits at four places relative to the record the
 * path names: the record in the caller's own division, in a sub-division, in a sibling division and in the parent
 * division. The record is a real one of the demo data (the first of its list, a county's where there is one).
 * The expected answer is computed from CONVENTIONS and the role definitions, not read from the code under test:
 * <ul>
 *   <li>no token: 401 (the public reference data: 2xx);</li>
 *   <li>a missing scope (reading a service needs {@code <service>.read}, anything else {@code <service>.write};
 *       reports {@code reports.read}; admin APIs the SYSTEM_ADMIN role or {@code core.admin}; the few core reads
 *       with a finer rule in {@link #FINER}): 403;</li>
 *   <li>a record outside the caller's division (sibling or parent division): 404, never 403;</li>
 *   <li>otherwise 2xx, or a 4xx validation answer (400/415) for the probe body.</li>
 * </ul>
 * Reads are sent as they are. Writes carry a body with an unknown field ({@code {"accessMatrixProbe":true}}), refused
 * with 400 before any code runs, so the authentication and scope decision is visible and nothing is written; a write
 * without a body is sent to a random id (404 for a caller who may), or not at all to callers who may when it has no
 * path parameter. Lists are also checked not to contain the record for a caller outside its division.
 * Failures list every mismatch; the size of the matrix is printed (docs/reliability.md).
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class AccessMatrixTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PROBE_BODY = "{\"accessMatrixProbe\":true}".getBytes(StandardCharsets.UTF_8);
    static final List<String> SCOPES = List.of("core.read", "core.admin", "mediation.read", "mediation.write",
            "legal-aid.read", "legal-aid.write", "review.read", "review.write", "correction.read", "correction.write",
            "enforcement.read", "enforcement.write", "reports.read");
    static final List<String> SERVICES = List.of("mediation", "legal-aid", "review", "correction", "enforcement");

    /** Core reads whose rule is finer than "any signed-in caller" (core-mechanisms.md, gateway-and-security.md). */
    static final Map<String, Rule> FINER = Map.of(
            "GET /api/core/v1/audit-events", new Rule(EnumSet.of(Role.AUDITOR, Role.SYSTEM_ADMIN), Set.of("reports.read")),
            "GET /api/core/v1/api-call-log", new Rule(EnumSet.of(Role.AUDITOR, Role.SYSTEM_ADMIN), Set.of("core.admin")),
            "GET /api/core/v1/admin/signing-keys", new Rule(EnumSet.of(Role.SYSTEM_ADMIN), Set.of()),
            "DELETE /api/core/v1/deadline-rules/{code}/provinces/{provinceCode}",
            new Rule(EnumSet.of(Role.SYSTEM_ADMIN), Set.of("core.admin")));

    record Rule(Set<Role> roles, Set<String> scopes) {
        boolean allows(Caller c) {
            return c.roles.stream().anyMatch(roles::contains) || c.scopes.stream().anyMatch(scopes::contains);
        }
    }

    enum Relation { OWN, SUB, SIBLING, PARENT }

    /** The answer classes the matrix compares: 401, 403, 404, or "allowed" (2xx, or 400/415 for the probe body). */
    enum Outcome { UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, ALLOWED, ALLOWED_OR_NOT_FOUND, OTHER }

    record Caller(String name, SifaPrincipal.Kind kind, Set<Role> roles, Set<String> scopes) {
        boolean anonymous() {
            return kind == null;
        }
    }

    record Operation(String group, String method, String template, boolean jsonBody, boolean anyBody, List<JsonNode> parameters) {
        String key() {
            return method + " " + template;
        }
    }

    /** The concrete path of an operation and the division of the record it names (null: not a division record). */
    record Target(String path, String division, String recordId, boolean random) {
    }

    @LocalServerPort
    int port;
    @Autowired
    UserTokens userTokens;
    @Autowired
    JwtEncoder jwtEncoder;
    @Autowired
    SigningKeys signingKeys;

    HttpClient http;
    final Map<String, String> tokens = new ConcurrentHashMap<>();

    @BeforeEach
    void client() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    // ---- the matrix ------------------------------------------------------------------------------------------------

    @Test
    void everyEndpointAnswersEveryRoleAndScopeInEveryDivisionAsTheRulesSay() throws Exception {
        long started = System.nanoTime();
        List<Caller> callers = callers();
        List<Operation> operations = operations();
        String finder = mint("matrix-finder", SifaPrincipal.Kind.STAFF, "430000", EnumSet.allOf(Role.class), Set.copyOf(SCOPES));
        String finder2 = mint("matrix-finder-2", SifaPrincipal.Kind.STAFF, "330000", EnumSet.allOf(Role.class), Set.copyOf(SCOPES));

        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger withRecord = new AtomicInteger();
        AtomicInteger withoutRecord = new AtomicInteger();
        AtomicInteger notSent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();

        for (Operation op : operations) {
            boolean bodyless = !op.method().equals("GET") && !op.anyBody();
            Target target = target(op, finder, finder2, bodyless);
            (target.random() ? withoutRecord : withRecord).incrementAndGet();
            List<Relation> relations = relationsFor(target.division());
            for (Caller caller : callers) {
                for (Relation relation : caller.anonymous() ? List.of(Relation.OWN) : relations) {
                    Outcome expected = expected(op, target, caller, relation);
                    if (bodyless && !target.random() && expected != Outcome.UNAUTHENTICATED && expected != Outcome.FORBIDDEN) {
                        notSent.incrementAndGet(); // a write without body or id would really run for a caller who may
                        continue;
                    }
                    String token = caller.anonymous() ? null : tokenFor(caller, divisionFor(target.division(), relation));
                    running.add(pool.submit(() -> {
                        HttpResponse<String> response = send(op.method(), target.path(), token, op.anyBody() ? PROBE_BODY : null);
                        sent.incrementAndGet();
                        byStatus.computeIfAbsent(String.valueOf(response.statusCode()), s -> new AtomicInteger()).incrementAndGet();
                        Outcome actual = classify(response.statusCode());
                        boolean ok = expected == Outcome.ALLOWED_OR_NOT_FOUND
                                ? actual == Outcome.ALLOWED || actual == Outcome.NOT_FOUND : actual == expected;
                        if (!ok) {
                            mismatches.add(op.key() + " as " + caller.name() + " [" + relation + " " + target.division() + "] expected "
                                    + expected + ", got " + response.statusCode() + " " + abbreviate(response.body()));
                        } else if (actual == Outcome.ALLOWED && op.method().equals("GET") && target.recordId() != null
                                && template(op).indexOf('{') < 0 && (relation == Relation.SIBLING || relation == Relation.PARENT)
                                && listsRecord(response.body(), target.recordId())) {
                            mismatches.add(op.key() + " as " + caller.name() + " [" + relation + "] lists the record "
                                    + target.recordId() + " of division " + target.division());
                        }
                        return null;
                    }));
                }
            }
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        Map<String, Integer> statuses = new TreeMap<>();
        byStatus.forEach((k, v) -> statuses.put(k, v.get()));
        Map<String, Integer> byGroup = new TreeMap<>();
        operations.forEach(op -> byGroup.merge(op.group(), 1, Integer::sum));
        System.out.printf("access matrix: %d requests = %d operations (%d on a demo record, %d on a random id) x %d callers x 4 divisions"
                        + " (anonymous once; %d writes not sent), %d mismatches, %d s%n  by status %s%n  operations by document %s%n",
                sent.get(), operations.size(), withRecord.get(), withoutRecord.get(), callers.size(), notSent.get(), mismatches.size(),
                seconds, statuses, byGroup);
        mismatches.stream().sorted().limit(200).forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(mismatches).as("answers other than the rules say").isEmpty();
        assertThat(operations.size()).as("operations read from the OpenAPI documents").isGreaterThan(100);
    }

    /** The rules of CONVENTIONS and the role definitions, applied to one request. */
    Outcome expected(Operation op, Target target, Caller caller, Relation relation) {
        String path = op.template();
        boolean read = op.method().equals("GET") || op.method().equals("HEAD");
        if (read && (path.startsWith("/api/core/v1/divisions") || path.startsWith("/api/core/v1/dictionaries"))) {
            return Outcome.ALLOWED_OR_NOT_FOUND; // public reference data; an unknown code is a 404
        }
        if (caller.anonymous()) {
            return Outcome.UNAUTHENTICATED;
        }
        if (!mayCall(op, caller, read)) {
            return Outcome.FORBIDDEN;
        }
        if (target.random()) {
            return op.anyBody() ? Outcome.ALLOWED : Outcome.NOT_FOUND;
        }
        if (op.anyBody()) {
            return Outcome.ALLOWED; // the probe body is refused (400/415) before the record is looked at
        }
        if (template(op).indexOf('{') < 0) {
            return Outcome.ALLOWED; // a list or statistics: silently limited to the caller's divisions
        }
        if (target.division() == null) {
            return Outcome.ALLOWED_OR_NOT_FOUND; // a path parameter that is not a record (a code, a year)
        }
        return relation == Relation.OWN || relation == Relation.SUB ? Outcome.ALLOWED : Outcome.NOT_FOUND;
    }

    static boolean mayCall(Operation op, Caller caller, boolean read) {
        String path = op.template();
        Rule finer = FINER.get((read ? "GET" : op.method()) + " " + path);
        if (finer != null && !finer.allows(caller)) {
            return false;
        }
        if (path.startsWith("/api/core/v1/admin/")) {
            return caller.roles().contains(Role.SYSTEM_ADMIN) || caller.scopes().contains("core.admin");
        }
        for (String service : SERVICES) {
            if (path.startsWith("/api/" + service + "/")) {
                return caller.scopes().contains(service + (read ? ".read" : ".write"));
            }
        }
        if (path.startsWith("/api/reports/")) {
            return caller.scopes().contains("reports.read");
        }
        return true; // other core APIs: any signed-in caller
    }

    static Outcome classify(int status) {
        return switch (status) {
            case 401 -> Outcome.UNAUTHENTICATED;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            case 400, 415 -> Outcome.ALLOWED;
            default -> status >= 200 && status < 300 ? Outcome.ALLOWED : Outcome.OTHER;
        };
    }

    /** Whether a list answer has a row with this id (the id may appear elsewhere, e.g. as another row's parentId). */
    static boolean listsRecord(String body, String id) {
        if (!body.contains(id)) {
            return false;
        }
        JsonNode json = JSON.readTree(body);
        for (JsonNode row : json.isArray() ? json : json.path("content")) {
            if (id.equals(row.path("id").asString(""))) {
                return true;
            }
        }
        return false;
    }

    // ---- callers and divisions ----------------------------------------------------------------------------------------

    static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("no token", null, Set.of(), Set.of()));
        for (Role role : Role.values()) {
            callers.add(new Caller("staff " + role, SifaPrincipal.Kind.STAFF, Set.of(role), role.scopes()));
        }
        Set<String> both = new LinkedHashSet<>(Role.MEDIATION_STAFF.scopes());
        both.addAll(Role.AUDITOR.scopes());
        callers.add(new Caller("staff MEDIATION_STAFF+AUDITOR", SifaPrincipal.Kind.STAFF, Set.of(Role.MEDIATION_STAFF, Role.AUDITOR), both));
        for (String scope : SCOPES) {
            callers.add(new Caller("client " + scope, SifaPrincipal.Kind.CLIENT, Set.of(), Set.of(scope)));
        }
        return callers;
    }

    /** The relations a record's division allows (a town has no sub-division to put the caller in). */
    static List<Relation> relationsFor(String division) {
        if (division == null) {
            return List.of(Relation.OWN);
        }
        return division.length() == 9 ? List.of(Relation.OWN, Relation.SUB, Relation.SIBLING)
                : List.of(Relation.OWN, Relation.SUB, Relation.SIBLING, Relation.PARENT);
    }

    /**
     * Where the caller sits so that the record (division {@code record}) is in its own division, in a sub-division
     * (the caller is at the record's parent), in a sibling division, or in the parent division (the caller is below).
     */
    static String divisionFor(String record, Relation relation) {
        String d = record == null ? "430105" : record;
        return switch (relation) {
            case OWN -> d;
            case SUB -> d.length() == 9 ? d.substring(0, 6) : d.endsWith("0000") ? "100000" : d.endsWith("00")
                    ? d.substring(0, 2) + "0000" : d.substring(0, 4) + "00";
            case SIBLING -> d.length() == 9 ? d.substring(0, 6) + (d.endsWith("999") ? "998" : "999")
                    : d.endsWith("0000") ? (d.startsWith("99") ? "980000" : "990000")
                    : d.endsWith("00") ? d.substring(0, 2) + (d.startsWith("99", 2) ? "98" : "99") + "00"
                    : d.substring(0, 4) + (d.endsWith("99") ? "98" : "99");
            case PARENT -> d.endsWith("0000") ? d.substring(0, 2) + "0100" : d.endsWith("00") ? d.substring(0, 4) + "01" : d + "001";
        };
    }

    String tokenFor(Caller caller, String division) {
        return tokens.computeIfAbsent(caller.name() + "@" + division,
                k -> mint("matrix-" + caller.name().replaceAll("[^A-Za-z.+-]", "-") + "-" + division, caller.kind(), division,
                        caller.roles(), caller.scopes()));
    }

    String mint(String subject, SifaPrincipal.Kind kind, String division, Set<Role> roles, Set<String> scopes) {
        return userTokens.mint(new SifaPrincipal(subject, kind, subject, division, null, roles, scopes), null);
    }

    // ---- operations and their records ---------------------------------------------------------------------------------

    List<Operation> operations() throws Exception {
        List<Operation> out = new ArrayList<>();
        JsonNode config = JSON.readTree(get("/v3/api-docs/swagger-config", null).body());
        for (JsonNode url : config.get("urls")) {
            String group = url.get("name").asString();
            JsonNode doc = JSON.readTree(get(url.get("url").asString(), null).body());
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").properties().iterator();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/auth/")) {
                    continue; // the portal's own login endpoints are session mechanics, tested in the staff tests
                }
                for (String method : List.of("get", "post", "put", "patch", "delete")) {
                    JsonNode op = path.getValue().get(method);
                    if (op == null) {
                        continue;
                    }
                    List<JsonNode> parameters = new ArrayList<>();
                    path.getValue().path("parameters").forEach(parameters::add);
                    op.path("parameters").forEach(parameters::add);
                    JsonNode content = op.path("requestBody").path("content");
                    out.add(new Operation(group, method.toUpperCase(), path.getKey(), content.has("application/json"),
                            op.has("requestBody"), parameters));
                }
            }
        }
        return out;
    }

    static String template(Operation op) {
        return op.template();
    }

    /**
     * Fills the path: each record id from the list at the path before it (as a finder that sees a whole province),
     * preferring a county's record; codes and years from the parameter's example or enum. A write without a body
     * always gets a random id, so that nothing runs.
     */
    Target target(Operation op, String finder, String finder2, boolean bodyless) throws Exception {
        String template = op.template();
        StringBuilder path = new StringBuilder();
        String division = null;
        String recordId = null;
        boolean random = false;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                path.append(template, i, template.length());
                break;
            }
            path.append(template, i, open);
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            JsonNode schema = parameter(op, name).path("schema");
            boolean uuid = "uuid".equals(schema.path("format").asString(""));
            String value = null;
            if (uuid && !bodyless) {
                String list = path.toString().replaceAll("/$", "");
                JsonNode row = firstRow(list, finder);
                if (row == null) {
                    row = firstRow(list, finder2);
                }
                if (row != null && row.hasNonNull("id")) {
                    value = row.get("id").asString();
                    if (division == null) {
                        division = row.hasNonNull("divisionCode") ? row.get("divisionCode").asString() : null;
                    }
                }
            } else if (!uuid) {
                JsonNode example = parameter(op, name).has("example") ? parameter(op, name).get("example") : schema.get("example");
                value = example != null ? example.asString() : schema.has("enum") ? schema.get("enum").get(0).asString() : null;
                if (value == null || value.isEmpty()) {
                    value = "1";
                }
            }
            if (value == null) {
                value = UUID.randomUUID().toString();
                random = true;
            }
            path.append(value);
            i = close + 1;
        }
        if (template.indexOf('{') < 0 && op.method().equals("GET")) {
            // a list: the record it must not show to a caller outside its division
            JsonNode row = firstRow(template, finder);
            if (row != null && row.hasNonNull("id") && row.hasNonNull("divisionCode")) {
                recordId = row.get("id").asString();
                division = row.get("divisionCode").asString();
            }
        } else if (template.indexOf('{') >= 0 && !random && division == null) {
            // the list rows did not carry the division: the record's detail does
            String detail = path.toString().replaceAll("^(.*?/[0-9a-f-]{36}).*$", "$1");
            HttpResponse<String> r = send("GET", detail, finder, null);
            if (r.statusCode() == 200 && r.body().startsWith("{")) {
                JsonNode node = JSON.readTree(r.body());
                division = node.hasNonNull("divisionCode") ? node.get("divisionCode").asString() : null;
            }
        }
        return new Target(path.toString(), random ? null : division, recordId, random);
    }

    static JsonNode parameter(Operation op, String name) {
        for (JsonNode p : op.parameters()) {
            if (name.equals(p.path("name").asString("")) && "path".equals(p.path("in").asString(""))) {
                return p;
            }
        }
        return JSON.createObjectNode();
    }

    /** The first row of a list (a page's content or a plain array), a county's row when the first page has one. */
    JsonNode firstRow(String list, String token) throws Exception {
        HttpResponse<String> r = send("GET", list + (list.contains("?") ? "&" : "?") + "size=50", token, null);
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").contains("json")) {
            return null;
        }
        JsonNode body = JSON.readTree(r.body());
        JsonNode rows = body.isArray() ? body : body.path("content");
        JsonNode first = null;
        for (JsonNode row : rows) {
            if (first == null) {
                first = row;
            }
            String d = row.path("divisionCode").asString("");
            if (d.length() == 6 && !d.endsWith("00")) {
                return row;
            }
        }
        return first;
    }

    // ---- tokens that must not work --------------------------------------------------------------------------------------

    @Test
    void anExpiredTokenIsRefusedWith401() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("kaifu-county").issuedAt(past).notBefore(past)
                .expiresAt(past.plus(Duration.ofMinutes(10))).claim(SifaJwtConverter.DIVISION, "430105")
                .claim("scope", List.of("mediation.read")).build();
        String token = jwtEncoder.encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKeys.activeKid()).build(), claims)).getTokenValue();
        assertRefused(token);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedWith401EvenUnderTheActiveKeyId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey foreign = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(signingKeys.activeKid()).build();
        JwtEncoder other = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(foreign)));
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("kaifu-county").issuedAt(now).expiresAt(now.plusSeconds(600))
                .claim(SifaJwtConverter.DIVISION, "430105").claim("scope", List.of("mediation.read")).build();
        String token = other.encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKeys.activeKid()).build(), claims)).getTokenValue();
        assertRefused(token);
    }

    @Test
    void aClientGetsNoTokenForAScopeItNeverHad() {
        Http client = new Http(port);
        // kaifu-county was registered with the five services' read and write and core.read: not reports.read, not core.admin
        for (String scope : List.of("core.admin", "reports.read", "mediation.read core.admin")) {
            Http.Response response = client.token("kaifu-county", "kaifu-demo-secret", scope);
            assertThat(response.status()).as(scope).isEqualTo(400);
            assertThat(response.body()).as(scope).contains("invalid_scope").doesNotContain("access_token");
        }
        // the scopes it has: a token with exactly those
        Http.Response ok = client.token("kaifu-county", "kaifu-demo-secret", "mediation.read");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("scope").asString()).isEqualTo("mediation.read");
        // and that token cannot write
        Http.Response write = new Http(port).bearer(ok.json().get("access_token").asString())
                .post("/api/mediation/v1/cases", Map.of("accessMatrixProbe", true));
        assertThat(write.status()).isEqualTo(403);
    }

    @Test
    void aDisabledClientGetsNoToken() {
        Http admin = new Http(port);
        assertThat(admin.login("admin", DemoAccounts.PASSWORD).status()).isEqualTo(200);
        String clientId = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = admin.post("/api/core/v1/admin/api-clients", Map.of("clientId", clientId, "name", "矩阵测试客户端",
                "divisionCode", "430105", "scopes", List.of("mediation.read")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String secret = created.json().get("clientSecret").asString();
        String id = created.json().get("id").asString();
        Http.Response before = new Http(port).token(clientId, secret, "mediation.read");
        assertThat(before.status()).isEqualTo(200);

        assertThat(admin.post("/api/core/v1/admin/api-clients/" + id + "/disable", null).status()).isEqualTo(200);
        Http.Response after = new Http(port).token(clientId, secret, "mediation.read");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.body()).contains("invalid_client").doesNotContain("access_token");
    }

    @Test
    void aLockedUserCannotSignInAndTheirOpenSessionEnds() {
        Http admin = new Http(port);
        assertThat(admin.login("admin", DemoAccounts.PASSWORD).status()).isEqualTo(200);
        JsonNode bureau = admin.get("/api/core/v1/organizations?divisionCode=430105&type=BUREAU").json().path("content").get(0);
        String username = "matrix." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Matrix#2026x";
        Http.Response created = admin.post("/api/core/v1/admin/users", Map.of("username", username, "displayName", "矩阵测试",
                "organizationId", bureau.get("id").asString(), "roles", List.of("MEDIATION_STAFF"), "password", password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Http user = new Http(port);
        assertThat(user.login(username, password).status()).isEqualTo(200);
        assertThat(user.get("/api/mediation/v1/cases?size=1").status()).isEqualTo(200);

        Http attacker = new Http(port);
        for (int i = 0; i < 5; i++) {
            attacker.login(username, "wrong-password-" + i);
        }
        Http.Response locked = new Http(port).login(username, password);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).contains("account-locked");
        // the session opened before the lock no longer reaches the API
        assertThat(user.get("/api/mediation/v1/cases?size=1").status()).isEqualTo(401);
    }

    void assertRefused(String token) throws Exception {
        for (String path : List.of("/api/mediation/v1/cases", "/api/core/v1/organizations", "/api/enforcement/v1/agencies")) {
            HttpResponse<String> r = send("GET", path, token, null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).as(path).get().asString().contains("invalid_token");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    // ---- transport --------------------------------------------------------------------------------------------------------

    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    HttpResponse<String> send(String method, String path, String token, byte[] body) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "*/*")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 429 || attempt > 40) {
                return r;
            }
            Thread.sleep(250);
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
