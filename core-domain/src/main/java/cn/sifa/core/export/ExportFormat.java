package cn.sifa.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

public enum ExportFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The export an {@code Accept} header prefers, or empty for the ordinary JSON answer (CONVENTIONS "Exports"). The
     * header is negotiated, not searched: types in order of quality, ties in the caller's order, and the first one
     * that is JSON ({@code application/json} or a wildcard) or an export type decides. A generated client
     * accepts every declared type ({@code application/json, text/csv, ...}) and gets JSON; {@code Accept: text/csv}
     * exports.
     */
    public static Optional<ExportFormat> requested(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() <= 0) {
                break;
            }
            for (ExportFormat format : values()) {
                if (type.equalsTypeAndSubtype(MediaType.parseMediaType(format.mediaType))) {
                    return Optional.of(format);
                }
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static ExportFormat fromAccept(String accept) {
        return accept != null && accept.contains("spreadsheetml") ? XLSX : CSV;
    }
}
