package cn.sifa.core.division;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.error.NotFoundException;

/** Administrative divisions: public data, readable without login. */
@RestController
@RequestMapping("/api/core/v1/divisions")
@Tag(name = "行政区划", description = "GB/T 2260 行政区划(公开数据,无需登录)")
class DivisionController {

    private final DivisionRepository divisions;

    DivisionController(DivisionRepository divisions) {
        this.divisions = divisions;
    }

    @GetMapping
    @Operation(summary = "省级行政区划列表")
    List<DivisionView> provinces() {
        return divisions.findByParentCodeIsNullOrderByCode().stream().map(DivisionView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "查询一个行政区划", responses = {
            @ApiResponse(responseCode = "200", description = "行政区划"),
            @ApiResponse(responseCode = "404", description = "代码不存在")})
    DivisionView one(@Parameter(description = "行政区划代码", example = "330800") @PathVariable String code) {
        return divisions.findById(code).map(DivisionView::of).orElseThrow(() -> new NotFoundException("行政区划", code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "下一级行政区划", responses = {
            @ApiResponse(responseCode = "200", description = "下级行政区划,按代码排序"),
            @ApiResponse(responseCode = "404", description = "代码不存在")})
    List<DivisionView> children(@Parameter(description = "行政区划代码", example = "330800") @PathVariable String code) {
        if (!divisions.existsById(code)) {
            throw new NotFoundException("行政区划", code);
        }
        return divisions.findByParentCodeOrderByCode(code).stream().map(DivisionView::of).toList();
    }

    @Schema(description = "行政区划")
    record DivisionView(
            @Schema(description = "代码", example = "330802") String code,
            @Schema(description = "名称", example = "柯城区") String name,
            @Schema(description = "上级代码", example = "330800") String parentCode,
            @Schema(description = "级别", example = "COUNTY") DivisionLevel level,
            @Schema(description = "全称", example = "浙江省衢州市柯城区") String fullName) {

        static DivisionView of(Division d) {
            return new DivisionView(d.getCode(), d.getName(), d.getParentCode(), d.getLevel(), d.getFullName());
        }
    }
}
