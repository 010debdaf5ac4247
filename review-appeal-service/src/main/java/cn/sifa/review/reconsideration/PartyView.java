package cn.sifa.review.reconsideration;

import io.swagger.v3.oas.annotations.media.Schema;

/** 申请人或第三人. Lists mask the ID number and phones; a detail shows them in full only to review staff (audited). */
@Schema(name = "ReconsiderationPartyView", description = "申请人或第三人")
public record PartyView(
        @Schema(description = "类别", example = "NATURAL_PERSON") PartyKind kind,
        @Schema(description = "类别名称", example = "自然人") String kindLabel,
        @Schema(description = "姓名或名称", example = "张三") String name,
        @Schema(description = "身份证号码(列表及无权查看者为脱敏值)", example = "110105********002X") String idNumber,
        @Schema(description = "统一社会信用代码", example = "91430105562459083D") String creditCode,
        @Schema(description = "联系电话(列表及无权查看者为脱敏值)", example = "138****0001") String phone,
        @Schema(description = "住所或通讯地址(仅详情)", example = "长沙市开福区芙蓉中路一段1号") String address,
        @Schema(description = "委托代理人") AgentView agent) {

    @Schema(name = "ReconsiderationAgentView", description = "委托代理人")
    public record AgentView(
            @Schema(description = "姓名", example = "王律师") String name,
            @Schema(description = "联系电话(列表及无权查看者为脱敏值)", example = "139****0002") String phone) {
    }
}
