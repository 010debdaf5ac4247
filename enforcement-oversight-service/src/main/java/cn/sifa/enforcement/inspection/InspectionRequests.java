package cn.sifa.enforcement.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.person.ValidCreditCode;

public final class InspectionRequests {

    private InspectionRequests() {
    }

    @Schema(description = "申请涉企检查")
    public record RequestInspection(
            @Schema(description = "牵头执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull UUID leadAgencyId,
            @Schema(description = "联合检查的其他执法主体(综合查一次)", example = "[]") @Size(max = 10) List<@NotNull UUID> jointAgencyIds,
            @Schema(description = "企业名称", example = "长沙某某食品有限公司") @NotBlank @Size(max = 200) String enterpriseName,
            @Schema(description = "企业统一社会信用代码", example = "91350100M000100Y43") @NotBlank @ValidCreditCode String enterpriseCreditCode,
            @Schema(description = "检查依据", example = "《中华人民共和国食品安全法》第一百一十条") @NotBlank @Size(max = 500) String legalBasis,
            @Schema(description = "检查事项", example = "食品生产许可条件保持情况") @NotBlank @Size(max = 1000) String matters,
            @Schema(description = "申请日期,默认今天", example = "2026-11-10") LocalDate requestedOn,
            @Schema(description = "计划检查日期", example = "2026-11-20") @NotNull LocalDate plannedOn) {
    }

    @Schema(description = "审批")
    public record ApproveRequest(
            @Schema(description = "审批层级:UNIT 本机关负责人, GOVERNMENT 本级人民政府(司法局)", example = "UNIT") @NotNull ApprovalLevel level,
            @Schema(description = "审批人", example = "张局长") @NotBlank @Size(max = 100) String approvedBy,
            @Schema(description = "审批日期,默认今天", example = "2026-11-11") LocalDate approvedOn) {
    }

    @Schema(description = "不予批准")
    public record RejectRequest(
            @Schema(description = "理由", example = "本年度已检查两次,无新的违法线索") @NotBlank @Size(max = 500) String reason,
            @Schema(description = "日期,默认今天", example = "2026-11-11") LocalDate rejectedOn) {
    }

    @Schema(description = "告知企业")
    public record NoticeRequest(
            @Schema(description = "告知日期(须早于检查日),默认今天", example = "2026-11-13") LocalDate noticeOn) {
    }

    @Schema(description = "扫码入企")
    public record CheckInRequest(
            @Schema(description = "入企时间", example = "2026-11-20T09:30:00+08:00") @NotNull OffsetDateTime checkedInAt,
            @Schema(description = "入企码", example = "QR-430105-20261120-0001") @NotBlank @Size(max = 64) String checkInCode,
            @Schema(description = "入企执法人员(至少两名)", example = "[\"6a1f0d7e-2a43-4b3e-8d6c-0f9e8d7c6b5a\"]") @NotEmpty List<@NotNull UUID> officerIds) {
    }

    @Schema(description = "完成检查")
    public record CompleteRequest(
            @Schema(description = "检查结果", example = "未发现违法行为") @NotBlank @Size(max = 2000) String findings,
            @Schema(description = "完成日期,默认今天", example = "2026-11-20") LocalDate completedOn) {
    }

    @Schema(description = "白名单企业")
    public record WhiteListRequest(
            @Schema(description = "统一社会信用代码", example = "91350100M000100Y43") @NotBlank @ValidCreditCode String creditCode,
            @Schema(description = "企业名称", example = "长沙某某科技有限公司") @NotBlank @Size(max = 200) String name,
            @Schema(description = "行政区划,默认调用方所在区划", example = "430105") String divisionCode) {
    }
}
