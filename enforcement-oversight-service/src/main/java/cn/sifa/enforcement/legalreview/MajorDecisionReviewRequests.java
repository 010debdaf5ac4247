package cn.sifa.enforcement.legalreview;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of the major-decision review endpoints. */
public final class MajorDecisionReviewRequests {

    private MajorDecisionReviewRequests() {
    }

    @Schema(description = "提交重大执法决定法制审核")
    public record SubmitRequest(
            @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") @NotNull UUID agencyId,
            @Schema(description = "案件名称", example = "某公司无证经营案") @NotBlank @Size(max = 200) String caseTitle,
            @Schema(description = "当事人", example = "长沙某某建材有限公司") @NotBlank @Size(max = 200) String partyName,
            @Schema(description = "对应执法数据记录编号", example = "KFSJ-CF-2026-00012") @Size(max = 64) String actionRef,
            @Schema(description = "法制审核情形", example = "MAJOR_RIGHTS_HEARING") @NotNull ReviewReason reason,
            @Schema(description = "提交日期,默认今天", example = "2026-11-16") LocalDate submittedOn) {
    }

    @Schema(description = "开始审核")
    public record StartReviewRequest(
            @Schema(description = "审核人员(须具有法律职业资格)", example = "6a1f0d7e-2a43-4b3e-8d6c-0f9e8d7c6b5a") @NotNull UUID reviewerId,
            @Schema(description = "开始日期,默认今天", example = "2026-11-17") LocalDate startedOn,
            @Schema(description = "备注", example = "材料齐全") @Size(max = 500) String comment) {
    }

    @Schema(description = "出具审核意见")
    public record OpinionRequest(
            @Schema(description = "审核意见:LAWFUL 合法, AMEND 建议修改, UNLAWFUL 违法", example = "LAWFUL") @NotNull ReviewOpinion opinion,
            @Schema(description = "意见内容", example = "事实清楚,证据确凿,适用依据正确,程序合法,同意作出决定") @NotBlank @Size(max = 2000) String opinionText,
            @Schema(description = "出具日期,默认今天", example = "2026-11-20") LocalDate opinionOn) {
    }
}
