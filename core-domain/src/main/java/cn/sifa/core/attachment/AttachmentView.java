package cn.sifa.core.attachment;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "附件")
public record AttachmentView(
        @Schema(description = "ID", example = "8a1f3c2e-5d4b-4a69-9e7f-0c1d2e3f4a5b") UUID id,
        @Schema(description = "所属行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "所属记录类型", example = "mediation-case") String recordType,
        @Schema(description = "所属记录 ID", example = "3f1c2a4e-8b7d-4c21-9a0e-2b5d6f7a8c90") UUID recordId,
        @Schema(description = "文件名", example = "调解协议书.pdf") String filename,
        @Schema(description = "内容类型", example = "application/pdf") String contentType,
        @Schema(description = "大小(字节)", example = "183402") long size,
        @Schema(description = "SHA-256(十六进制)", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "上传人", example = "李明") String uploadedBy,
        @Schema(description = "上传时间", example = "2026-11-22T09:30:00+08:00") Instant uploadedAt,
        @Schema(description = "下载地址", example = "/api/core/v1/attachments/8a1f3c2e-5d4b-4a69-9e7f-0c1d2e3f4a5b/content") String contentUrl) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getDivisionCode(), a.getRecordType(), a.getRecordId(), a.getFilename(),
                a.getContentType(), a.getSize(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt(),
                "/api/core/v1/attachments/" + a.getId() + "/content");
    }
}
