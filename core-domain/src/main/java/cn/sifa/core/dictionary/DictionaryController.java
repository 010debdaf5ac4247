package cn.sifa.core.dictionary;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.error.NotFoundException;

/** Code tables with Chinese labels: public, cacheable, the one source of labels for the portal. */
@RestController
@RequestMapping("/api/core/v1/dictionaries")
@Tag(name = "字典", description = "代码表及中文名称(公开数据,无需登录)")
class DictionaryController {

    private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic();

    private final DictionaryRegistry registry;

    DictionaryController(DictionaryRegistry registry) {
        this.registry = registry;
    }

    @Schema(description = "字典类型")
    record DictionaryType(@Schema(description = "类型名", example = "OrganizationType") String type,
                          @Schema(description = "代码个数", example = "7") int size) {
    }

    @Schema(description = "字典项")
    record DictionaryEntry(@Schema(description = "代码", example = "BUREAU") String code,
                           @Schema(description = "中文名称", example = "司法局") String label,
                           @Schema(description = "排序号,从1开始", example = "1") int sort) {
    }

    @GetMapping
    @Operation(summary = "全部字典类型")
    ResponseEntity<List<DictionaryType>> types() {
        return ResponseEntity.ok().cacheControl(CACHE).body(registry.all().entrySet().stream()
                .map(e -> new DictionaryType(e.getKey(), e.getValue().size())).toList());
    }

    @GetMapping("/{type}")
    @Operation(summary = "一个字典的全部代码及中文名称", responses = {
            @ApiResponse(responseCode = "200", description = "按排序号排列的代码"),
            @ApiResponse(responseCode = "404", description = "字典类型不存在")})
    ResponseEntity<List<DictionaryEntry>> entries(@Parameter(description = "字典类型", example = "OrganizationType")
                                                  @PathVariable String type) {
        List<DictionaryRegistry.Entry> entries = registry.find(type).orElseThrow(() -> new NotFoundException("字典", type));
        return ResponseEntity.ok().cacheControl(CACHE)
                .body(entries.stream().map(e -> new DictionaryEntry(e.code(), e.label(), e.sort())).toList());
    }
}
