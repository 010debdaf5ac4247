package cn.sifa.core.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with a Chinese filename: an ASCII fallback in {@code filename} and the
 * real name RFC 5987-encoded in {@code filename*}, which every current browser and Excel's download dialog prefer.
 */
public final class ContentDispositions {

    private ContentDispositions() {
    }

    public static String attachment(String filename) {
        String name = filename == null || filename.isBlank() ? "download" : filename.replaceAll("[\\p{Cntrl}]", "");
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
