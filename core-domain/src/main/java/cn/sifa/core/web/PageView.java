package cn.sifa.core.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

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
            @Schema(description = "总页数", example = "7") int totalPages,
            @Schema(description = "下一页的翻页游标(键集分页):原样作为 cursor 参数传回即读下一页,不带 page。"
                    + "只有提供 cursor 参数的列表才有;最后一页没有此项(null)。带 cursor 读到的页,number 为已翻过的条数除以每页条数。",
                    example = "WzIwLCIyMDI2LTAzLTAxIl0.q3V0cI8hA1bCtE2x", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

        /** A page of a list without keyset paging (no {@code nextCursor}). */
        public PageMeta(int size, int number, long totalElements, int totalPages) {
            this(size, number, totalElements, totalPages, null);
        }
    }

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(),
                new PageMeta(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
    }
}
