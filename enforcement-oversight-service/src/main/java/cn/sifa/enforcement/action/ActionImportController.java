package cn.sifa.enforcement.action;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.web.ApiErrors;

@RestController
@RequestMapping("/api/enforcement/v1/action-imports")
@Tag(name = "执法数据 Excel 导入", description = "后台任务:上传、进度、错误报告、模板")
@ApiErrors
class ActionImportController {

    private final ActionImports imports;

    ActionImportController(ActionImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传 .xlsx 开始导入(后台任务,答 202 与任务 ID)")
    @ApiResponse(responseCode = "202", description = "已排队")
    @ApiResponse(responseCode = "400", description = "不是 .xlsx 文件")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    @ApiResponse(responseCode = "503", description = "导入任务过多,稍后再试")
    public ResponseEntity<ImportJobView> start(@RequestParam UUID agencyId, @RequestPart("file") MultipartFile file) throws IOException {
        ImportJobView job = imports.start(agencyId, file);
        return ResponseEntity.accepted().location(URI.create("/api/enforcement/v1/action-imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "导入进度 {total, processed, accepted, updated, rejected, status}")
    @ApiResponse(responseCode = "200", description = "导入任务")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ImportJobView progress(@PathVariable UUID id) {
        return imports.require(id);
    }

    @GetMapping(value = "/{id}/errors", produces = ExportFormat.XLSX_TYPE)
    @Operation(summary = "错误报告(Excel:行号、列、错误代码、说明)")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.writeErrors(id, response);
    }

    @GetMapping(value = "/template", produces = ExportFormat.XLSX_TYPE)
    @Operation(summary = "下载导入模板(.xlsx)")
    public void template(HttpServletResponse response) throws IOException {
        imports.writeTemplate(response);
    }
}
