package cn.sifa.correction.resettlement;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.correction.subject.PersonRequest;

public final class ReleasedRequests {

    private ReleasedRequests() {
    }

    @Schema(name = "CorrectionReleaseNoticeRequest", description = "刑满释放人员通知书(监狱一般于释放前一个月寄送)")
    public record NoticeRequest(
            @Schema(description = "身份信息") @NotNull(message = "身份信息不能为空") @Valid PersonRequest person,
            @Schema(description = "是否未成年人,默认按身份证号码与释放日期计算", example = "false") Boolean minor,
            @Schema(description = "释放的监狱", example = "湖南省长沙监狱") @NotBlank(message = "监狱不能为空") @Size(max = 100) String prison,
            @Schema(description = "罪名", example = "盗窃罪") @Size(max = 100) String crime,
            @Schema(description = "释放日期", example = "2027-01-05") @NotNull(message = "释放日期不能为空") LocalDate releaseOn,
            @Schema(description = "收到通知书日期,默认今天", example = "2026-12-04") LocalDate noticeReceivedOn,
            @Schema(description = "是否重点帮教对象", example = "false") Boolean keyPerson,
            @Schema(description = "安置帮教所在行政区划(县或乡镇),默认本单位", example = "430105") String divisionCode) {
    }

    @Schema(name = "CorrectionHandoverRequest", description = "解除社区矫正的对象衔接安置帮教")
    public record HandoverRequest(
            @Schema(description = "是否重点帮教对象", example = "false") Boolean keyPerson,
            @Schema(description = "衔接日期,默认今天", example = "2026-12-04") LocalDate handedOverOn) {
    }

    @Schema(name = "CorrectionPickUpRequest", description = "必接必送:接回")
    public record PickUpRequest(
            @Schema(description = "接回人员", example = "四方坪司法所王所长、家属李某") @NotBlank(message = "接回人员不能为空") @Size(max = 200) String pickedUpBy,
            @Schema(description = "接回日期,默认今天", example = "2027-01-05") LocalDate pickedUpOn) {
    }

    @Schema(name = "CorrectionSupportTeamRequest", description = "帮教小组")
    public record TeamRequest(
            @Schema(description = "成员", example = "司法所工作人员、社区干部、家属") @NotBlank(message = "成员不能为空") @Size(max = 500) String members,
            @Schema(description = "日期,默认今天", example = "2026-12-04") LocalDate setUpOn) {
    }

    @Schema(name = "CorrectionVerificationRequest", description = "核实基本信息")
    public record VerificationRequest(
            @Schema(description = "核实情况", example = "户籍、住址、联系方式核实无误") @Size(max = 500) String note,
            @Schema(description = "核实日期,默认今天", example = "2026-12-04") LocalDate verifiedOn) {
    }

    @Schema(name = "CorrectionSupportEndRequest", description = "结束安置帮教")
    public record EndRequest(
            @Schema(description = "结束方式:ENDED(帮教期满/解除)或 REOFFENDED(重新犯罪)", example = "ENDED") @NotNull(message = "结束方式不能为空") ReleasedStatus outcome,
            @Schema(description = "说明", example = "帮教期满") @Size(max = 500) String note,
            @Schema(description = "日期,默认今天", example = "2031-01-04") LocalDate endedOn) {
    }
}
