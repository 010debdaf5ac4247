package cn.sifa.core.attachment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.sifa.core.web.ContentDispositions;

/** Attachments of any record of any service, kept by core so that every module stores files the same way. */
@RestController
@RequestMapping("/api/core/v1/attachments")
@Tag(name = "附件", description = "上传、列出与下载附件(PDF、图片、Word、Excel、文本)")
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传附件", responses = {
            @ApiResponse(responseCode = "201", description = "已上传,Location 指向附件"),
            @ApiResponse(responseCode = "400", description = "缺少参数、类型不支持或内容与类型不符(content-type-mismatch)"),
            @ApiResponse(responseCode = "403", description = "无写权限或区划超出管辖范围"),
            @ApiResponse(responseCode = "413", description = "文件超过大小限制"),
            @ApiResponse(responseCode = "415", description = "请求不是 multipart/form-data")})
    ResponseEntity<AttachmentView> upload(
            @Parameter(description = "文件") @RequestPart("file") MultipartFile file,
            @Parameter(description = "所属记录类型", example = "mediation-case") @RequestParam String recordType,
            @Parameter(description = "所属记录 ID", example = "3f1c2a4e-8b7d-4c21-9a0e-2b5d6f7a8c90") @RequestParam UUID recordId,
            @Parameter(description = "所属行政区划代码,默认为当前用户所在区划", example = "430105")
            @RequestParam(required = false) String divisionCode) {
        Attachment attachment = attachments.upload(file, recordType, recordId, divisionCode);
        return ResponseEntity.created(URI.create("/api/core/v1/attachments/" + attachment.getId()))
                .body(AttachmentView.of(attachment));
    }

    @GetMapping
    @Operation(summary = "某条记录的附件", responses = {
            @ApiResponse(responseCode = "200", description = "按上传时间排列"),
            @ApiResponse(responseCode = "400", description = "缺少 recordId 或格式不正确")})
    List<AttachmentView> list(
            @Parameter(description = "所属记录 ID", example = "3f1c2a4e-8b7d-4c21-9a0e-2b5d6f7a8c90") @RequestParam UUID recordId,
            @Parameter(description = "所属记录类型", example = "mediation-case") @RequestParam(required = false) String recordType) {
        return attachments.list(recordId, recordType).stream().map(AttachmentView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "附件信息", responses = {
            @ApiResponse(responseCode = "200", description = "附件信息"),
            @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")})
    AttachmentView one(@Parameter(description = "附件 ID") @PathVariable UUID id) {
        return AttachmentView.of(attachments.get(id));
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "下载附件(记入操作日志)", responses = {
            @ApiResponse(responseCode = "200", description = "文件内容,Content-Disposition 带 UTF-8 文件名"),
            @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")})
    ResponseEntity<InputStreamResource> content(@Parameter(description = "附件 ID") @PathVariable UUID id) {
        AttachmentService.Download download = attachments.download(id);
        Attachment a = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .contentLength(a.getSize())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(a.getFilename()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .eTag("\"" + a.getSha256() + "\"")
                .body(new InputStreamResource(download.content()));
    }
}
