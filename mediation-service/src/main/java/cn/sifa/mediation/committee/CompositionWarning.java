package cn.sifa.mediation.committee;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "调委会组成不符合规定之处")
public record CompositionWarning(
        @Schema(description = "代码:member-count 人数, director 主任, no-woman 无妇女委员", example = "no-woman") String code,
        @Schema(description = "说明", example = "委员中应当有妇女成员(《人民调解法》第九条)") String message) {
}
