package cn.sifa.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;

import tools.jackson.databind.JsonNode;

/** County offices get 10-minute JWTs by client credentials, carrying their division and scopes. */
@SifaIntegrationTest(classes = SifaApplication.class)
class ClientTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    SigningKeys keys;

    @Test
    void aCountyClientGetsATenMinuteJwtWithItsDivisionAndScopes() {
        Http.Response response = new Http(port).token("kaifu-county", "kaifu-demo-secret", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isBetween(590L, 600L);
        assertThat(body.get("scope").asString()).contains("mediation.write", "enforcement.read", "core.read");

        String jwt = body.get("access_token").asString();
        JsonNode claims = Http.claims(jwt);
        assertThat(claims.get("sub").asString()).isEqualTo("kaifu-county");
        assertThat(claims.get("division").asString()).isEqualTo("430105");
        assertThat(claims.get("kind").asString()).isEqualTo("CLIENT");
        assertThat(strings(claims.get("scope"))).contains("mediation.read", "mediation.write", "core.read")
                .doesNotContain("reports.read", "core.admin");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600L);
        assertThat(Http.header(jwt).get("kid").asString()).isEqualTo(keys.activeKid());
    }

    @Test
    void aClientGetsOnlyTheScopesItAskedForAndNeverOnesItWasNotGiven() {
        Http http = new Http(port);
        Http.Response narrow = http.token("quzhou-auditor", "quzhou-auditor-demo-secret", "reports.read");
        assertThat(narrow.status()).isEqualTo(200);
        assertThat(strings(Http.claims(narrow.json().get("access_token").asString()).get("scope"))).containsExactly("reports.read");

        Http.Response widened = http.token("quzhou-auditor", "quzhou-auditor-demo-secret", "mediation.write");
        assertThat(widened.status()).isEqualTo(400);
        assertThat(widened.json().get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void aWrongSecretGetsNoToken() {
        Http.Response response = new Http(port).token("kaifu-county", "not-the-secret", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void theJwkSetPublishesThePublicKeyThatSignsTokens() {
        Http.Response jwks = new Http(port).get("/oauth2/jwks");
        assertThat(jwks.status()).isEqualTo(200);
        List<String> kids = new ArrayList<>();
        jwks.json().get("keys").forEach(k -> {
            kids.add(k.get("kid").asString());
            assertThat(k.has("d")).as("private exponent must never be published").isFalse();
        });
        assertThat(kids).contains(keys.activeKid());
    }

    @Test
    void afterKeyRotationOldTokensStillWorkAndNewOnesUseTheNewKey() {
        String before = Http.accessToken(port, "kaifu-county", "kaifu-demo-secret");
        String oldKid = Http.header(before).get("kid").asString();

        String newKid = keys.rotate();

        assertThat(newKid).isNotEqualTo(oldKid);
        String after = Http.accessToken(port, "kaifu-county", "kaifu-demo-secret");
        assertThat(Http.header(after).get("kid").asString()).isEqualTo(newKid);
        List<String> published = new ArrayList<>();
        new Http(port).get("/oauth2/jwks").json().get("keys").forEach(k -> published.add(k.get("kid").asString()));
        assertThat(published).contains(oldKid, newKid);
        // An unknown path answers 404 only once the token is accepted; a token that is not ours gets 401.
        assertThat(new Http(port).bearer(before).get("/api/core/v1/no-such-thing").status()).isEqualTo(404);
        assertThat(new Http(port).bearer(before + "x").get("/api/core/v1/no-such-thing").status()).isEqualTo(401);
        assertThat(new Http(port).bearer(before).get("/api/auth/me").status()).isEqualTo(401); // a client is not a portal user
        assertThat(new Http(port).bearer(before).get("/api/core/v1/admin/api-clients").status()).isEqualTo(403);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asString()));
        } else {
            out.add(node.asString());
        }
        return out;
    }
}
