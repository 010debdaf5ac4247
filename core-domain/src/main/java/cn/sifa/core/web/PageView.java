package cn.sifa.core.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/** The list answer of CONVENTIONS.md: {@code {"content":[...],"page":{...}}}. */
@Schema(description = "分页结果")
public record PageView<T>(
        @Schema(description = "本页记录") List<T> content,
        @Schema(description = "分页信息") PageMeta page) {

    @Schema(description = "分页信息")
    public record PageMeta(
            @Schema(description = "每页条数", example = "20") int size,
            @Schema(description = "页码,从 0 开始", example = "0") int number,
            @Schema(description = "总条数", example = "135") long totalElements,
            @Schema(description = "总页数", example = "7") int totalPages) {
    }

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(),
                new PageMeta(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
    }
}
