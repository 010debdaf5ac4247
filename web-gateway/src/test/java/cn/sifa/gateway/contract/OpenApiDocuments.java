package cn.sifa.gateway.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed OpenAPI documents, {@code docs/openapi/<document>.json}: what a county integrator generates a client
 * from, and what web-gateway's build generates the test client from. A new service adds its group name to
 * {@link #DOCUMENTS} and one generator execution in web-gateway/pom.xml.
 */
final class OpenApiDocuments {

    /** The gateway's document groups that are committed, linted and called through a generated client. */
    static final List<String> DOCUMENTS = List.of("core", "mediation", "enforcement", "legal-aid", "review", "correction");

    /** {@code -Dsifa.openapi.update=true}: write the live documents over the committed ones instead of comparing. */
    static final boolean UPDATE = Boolean.getBoolean("sifa.openapi.update");

    static final Path DIRECTORY = Path.of("..", "docs", "openapi");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiDocuments() {
    }

    static Path file(String document) {
        return DIRECTORY.resolve(document + ".json");
    }

    /**
     * The live document as committed: keys sorted (stable diffs), and the server the test happened to run on replaced
     * by the gateway's default address (CONVENTIONS "Addresses"), which is the generated client's default base path.
     */
    static String normalize(String live) {
        ObjectNode doc = (ObjectNode) JSON.readTree(live);
        ArrayNode servers = JSON.createArrayNode();
        servers.addObject().put("url", "http://localhost:8080").put("description", "网关(默认地址,按部署替换)");
        doc.set("servers", servers);
        return JSON.writeValueAsString(sorted(doc)).replace("\r\n", "\n") + "\n";
    }

    static String committed(String document) throws IOException {
        Path file = file(document);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    static void write(String document, String normalized) throws IOException {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file(document), normalized, StandardCharsets.UTF_8);
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), sorted(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(sorted(n)));
            return list;
        }
        return node;
    }
}
