package cn.sifa.legalaid.aidcase;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "LegalAidOpponentView", description = "对方当事人")
public record OpponentView(
        @Schema(description = "姓名或名称", example = "某建筑公司") String name,
        @Schema(description = "身份证号码", example = "430105197501011234") String idNumber) {
}
