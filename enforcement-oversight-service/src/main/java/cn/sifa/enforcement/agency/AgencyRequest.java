package cn.sifa.enforcement.agency;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCreditCode;
import cn.sifa.enforcement.action.EnforcementActType;

@Schema(description = "执法主体登记或修改")
public record AgencyRequest(
        @Schema(description = "所属行政区划,默认为调用方所在区划", example = "430105") String divisionCode,
        @Schema(description = "名称", example = "长沙市开福区市场监督管理局") @NotBlank @Size(max = 100) String name,
        @Schema(description = "简称", example = "开福区市场监管局") @Size(max = 30) String shortName,
        @Schema(description = "统一社会信用代码", example = "11430105MB1A12345X") @ValidCreditCode String creditCode,
        @Schema(description = "类型:AUTHORISED 法定或授权, ENTRUSTED 受委托", example = "AUTHORISED") @NotNull AgencyKind kind,
        @Schema(description = "委托机关(受委托组织必填)", example = "长沙市开福区应急管理局") @Size(max = 100) String entrustedBy,
        @Schema(description = "权责清单类别", example = "[\"LICENSING\",\"PENALTY\",\"INSPECTION\"]") @NotNull @Size(max = 12) List<@NotNull EnforcementActType> powerCategories,
        @Schema(description = "是否有效,默认有效", example = "true") Boolean active) {
}
