package cn.sifa.correction.assessment;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.correction.subject.PersonRequest;
import cn.sifa.correction.subject.SubjectKind;

public final class InvestigationRequests {

    private InvestigationRequests() {
    }

    @Schema(name = "CorrectionInvestigationRequest", description = "受理调查评估委托")
    public record CommissionRequest(
            @Schema(description = "委托机关", example = "长沙市开福区人民法院") @NotBlank(message = "委托机关不能为空") @Size(max = 100) String commissioningAuthority,
            @Schema(description = "委托机关类别", example = "COURT") @NotNull(message = "委托机关类别不能为空") AuthorityType authorityType,
            @Schema(description = "被调查评估人") @NotNull(message = "被调查评估人不能为空") @Valid PersonRequest person,
            @Schema(description = "是否未成年人", example = "false") Boolean minor,
            @Schema(description = "拟适用的社区矫正类别", example = "PROBATION") @NotNull(message = "拟适用类别不能为空") SubjectKind proposedKind,
            @Schema(description = "收到委托日期,默认今天", example = "2026-12-01") LocalDate receivedOn,
            @Schema(description = "是否适用速裁程序(5个工作日)", example = "false") Boolean expedited,
            @Schema(description = "是否为迁居(变更执行地)调查评估", example = "false") Boolean residenceChange,
            @Schema(description = "行政区划代码,默认本单位", example = "430105") @Size(max = 12) String divisionCode) {
    }

    @Schema(name = "CorrectionInvestigationOpinionRequest", description = "提交调查评估意见")
    public record OpinionRequest(
            @Schema(description = "是否适宜社区矫正", example = "true") @NotNull(message = "评估意见不能为空") Boolean suitable,
            @Schema(description = "评估意见说明", example = "居所固定,家庭有监护条件,适宜社区矫正") @Size(max = 2000) String opinion,
            @Schema(description = "提交日期,默认今天", example = "2026-12-08") LocalDate submittedOn,
            @Schema(description = "抄送县级人民检察院日期", example = "2026-12-08") LocalDate procuratorateCopiedOn) {
    }

    @Schema(name = "CorrectionInvestigationExtensionRequest",
            description = "经委托机关同意延长调查评估期限:延长的工作日数或延长后的期限,二者选一(可多次延长,累计计算)")
    public record ExtensionRequest(
            @Schema(description = "延长的工作日数", example = "5") @Min(value = 1, message = "延长的工作日数至少为1") @Max(value = 250, message = "延长的工作日数不超过250") Integer workingDays,
            @Schema(description = "延长后的期限(须为晚于当前期限的工作日)", example = "2026-12-22") LocalDate dueOn,
            @Schema(description = "同意延期的委托机关及联系人", example = "长沙市开福区人民法院 张法官") @NotBlank(message = "同意延期的委托机关或联系人不能为空") @Size(max = 100) String agreedBy,
            @Schema(description = "延期理由", example = "被调查评估人居住地变动,需补充走访") @NotBlank(message = "延期理由不能为空") @Size(max = 500) String reason,
            @Schema(description = "委托机关同意日期,默认今天", example = "2026-12-10") LocalDate agreedOn) {
    }
}
