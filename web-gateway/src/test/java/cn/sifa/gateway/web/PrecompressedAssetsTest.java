package cn.sifa.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.SifaApplication;

/** The portal's largest script goes out gzip-compressed to a browser that accepts it, over the real container. */
@SifaIntegrationTest(classes = SifaApplication.class)
class PrecompressedAssetsTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theLargestScriptIsSentCompressedAsTheBrowserAsks() throws Exception {
        Resource largest = largestScript();
        String path = "/assets/" + largest.getFilename();

        HttpResponse<byte[]> chromium = get(path, "gzip, deflate, br, zstd");
        assertThat(chromium.statusCode()).isEqualTo(200);
        assertThat(chromium.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(chromium.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(chromium.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat((long) chromium.body().length).isLessThan(largest.contentLength() / 2);

        HttpResponse<byte[]> plain = get(path, "identity");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat((long) plain.body().length).isEqualTo(largest.contentLength());
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Encoding", acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Resource largestScript() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:/static/assets/*.js");
        assumeTrue(scripts.length > 0, "the portal is built into static/ by the Maven build (skipped with -Dskip.portal)");
        return Arrays.stream(scripts).max(Comparator.comparingLong(PrecompressedAssetsTest::size)).orElseThrow();
    }

    private static long size(Resource resource) {
        try {
            return resource.contentLength();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
