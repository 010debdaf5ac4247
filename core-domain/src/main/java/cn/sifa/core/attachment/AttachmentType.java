package cn.sifa.core.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.sifa.core.dictionary.Labeled;

/** The file types an attachment may have: what the case files of a bureau actually hold. */
public enum AttachmentType implements Labeled {
    PDF("application/pdf", "PDF 文档", "pdf"),
    JPEG("image/jpeg", "JPEG 图片", "jpg", "jpeg"),
    PNG("image/png", "PNG 图片", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格", "xlsx"),
    DOC("application/msword", "Word 97-2003 文档", "doc"),
    XLS("application/vnd.ms-excel", "Excel 97-2003 表格", "xls"),
    TXT("text/plain", "文本文件", "txt");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    AttachmentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    @Override
    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Parameters such as {@code ;charset=UTF-8} are ignored; {@code image/jpg} is a common alias. */
    public static Optional<AttachmentType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (bare.equals("image/jpg") || bare.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    public static Optional<AttachmentType> ofFilename(String filename) {
        if (filename == null || filename.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String ext = filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }
}
