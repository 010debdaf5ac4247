package cn.sifa.gateway;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the tests: one instance is one "browser" (it keeps cookies, sends the XSRF-TOKEN cookie
 * back as X-XSRF-TOKEN like the portal does), or a plain API caller with a Bearer token.
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String bearer;
    private boolean sendCsrf = true;
    // A ceiling for a loaded CI machine, not a performance assertion (tests that care set their own, e.g. 2 s for 503).
    private Duration timeout = Duration.ofSeconds(120); // a safety net against a hang, not a speed check: CI machines are shared

    public Http(int port) {
        this("http://127.0.0.1:" + port);
    }

    public Http(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Http bearer(String token) {
        this.bearer = token;
        return this;
    }

    /** How long a request may take before the client gives up (and the call fails). */
    public Http timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public Http withoutCsrfHeader() {
        this.sendCsrf = false;
        return this;
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    public Response get(String path) {
        return send(request(path).GET(), null);
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = request(path).GET();
        headers.forEach(b::setHeader);
        return send(b, null);
    }

    public Response post(String path, Object jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "" : JSON.writeValueAsString(jsonBody))), null);
    }

    /** POST a JSON body with extra headers (If-Match, Idempotency-Key…). */
    public Response post(String path, Object jsonBody, Map<String, String> headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(jsonBody)));
        headers.forEach(b::setHeader);
        return send(b, null);
    }

    public Response put(String path, Object jsonBody, Map<String, String> headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(jsonBody)));
        headers.forEach(b::setHeader);
        return send(b, null);
    }

    /** One part of a multipart/form-data body: a form field ({@code filename == null}) or a file. */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String filename, String contentType, byte[] content) {
            return new Part(name, filename, contentType, content);
        }
    }

    /** POST multipart/form-data, as a browser's form or {@code curl -F} sends it. */
    public Response postMultipart(String path, java.util.List<Part> parts) {
        String boundary = "----sifa" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(part.filename()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    public record BytesResponse(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** GET with the given Accept header, the body as bytes (downloads, exports). */
    public BytesResponse download(String path, String accept) {
        try {
            HttpResponse<byte[]> r = client.send(request(path).setHeader("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BytesResponse(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST /oauth2/token with HTTP Basic client authentication. */
    public Response token(String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "token");
    }

    public static String accessToken(int port, String clientId, String secret) {
        Response r = new Http(port).token(clientId, secret, null);
        if (r.status() != 200) {
            throw new IllegalStateException("token for " + clientId + ": " + r.status() + " " + r.body());
        }
        return r.json().get("access_token").asString();
    }

    /** Logs in like the portal: GET /api/auth/me for the CSRF cookie, then POST /api/auth/login. */
    public Response login(String username, String password) {
        get("/api/auth/me");
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        String xsrf = cookie("XSRF-TOKEN");
        if (sendCsrf && xsrf != null) {
            b.header("X-XSRF-TOKEN", xsrf);
        }
        return b;
    }

    private Response send(HttpRequest.Builder builder, String ignored) {
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT (not verified: the server does that). */
    public static JsonNode claims(String jwt) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    public static JsonNode header(String jwt) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
    }
}
