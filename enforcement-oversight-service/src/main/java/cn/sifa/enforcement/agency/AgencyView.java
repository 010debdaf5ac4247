package cn.sifa.enforcement.agency;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.web.Answers;
import cn.sifa.enforcement.action.EnforcementActType;

@Schema(description = "执法主体")
public record AgencyView(
        @Schema(description = "ID", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID id,
        @Schema(description = "行政区划代码", example = "430105") String divisionCode,
        @Schema(description = "名称", example = "长沙市开福区市场监督管理局") String name,
        @Schema(description = "简称", example = "开福区市场监管局") String shortName,
        @Schema(description = "统一社会信用代码", example = "11430105MB1A12345X") String creditCode,
        @Schema(description = "类型", example = "AUTHORISED") AgencyKind kind,
        @Schema(description = "类型名称", example = "法定或授权执法主体") String kindLabel,
        @Schema(description = "委托机关", example = "null") String entrustedBy,
        @Schema(description = "权责清单类别", example = "[\"LICENSING\",\"PENALTY\"]") List<EnforcementActType> powerCategories,
        @Schema(description = "是否有效", example = "true") boolean active,
        @Schema(description = "版本(ETag)", example = "0") long version) implements Answers.Versioned {
}
