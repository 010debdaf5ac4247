package cn.sifa.correction.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.statistics.Rate;

/** The correction figures of METRICS.md for a division subtree and a period. Minors appear only as counts. */
@Schema(name = "CorrectionStatistics", description = "社区矫正统计")
public record CorrectionStatistics(
        @Schema(description = "统计区划(前缀)", example = "430105") String divisionCode,
        @Schema(description = "期间起", example = "2026-01-01") LocalDate from,
        @Schema(description = "期间止", example = "2026-12-04") LocalDate to,
        @Schema(description = "在册人数(已报到、未解除或终止)", example = "390") long inRegister,
        @Schema(description = "在册人数按类别") List<CodeCount> inRegisterByKind,
        @Schema(description = "其中未成年人(仅计数)", example = "3") long minorsInRegister,
        @Schema(description = "期间内接收(报到)人数", example = "120") long intake,
        @Schema(description = "期间内解除矫正人数", example = "110") long discharged,
        @Schema(description = "期间内终止矫正人数", example = "4") long terminated,
        @Schema(description = "期间内完成的调查评估", example = "130") long assessmentsDone,
        @Schema(description = "调查评估按期完成率") Rate assessmentsOnTime,
        @Schema(description = "期间内奖惩措施按种类(人次)") List<CodeCount> measuresByKind,
        @Schema(description = "当前脱管人数", example = "0") long lostContact,
        @Schema(description = "待报到已逾期(漏管风险)人数", example = "0") long reportInOverdue,
        @Schema(description = "期间内变更执行地(迁出)人数", example = "2") long transferredOut,
        @Schema(description = "期间内教育学习时长(小时)", example = "320.5") BigDecimal educationHours,
        @Schema(description = "期间内公益活动时长(小时)", example = "410") BigDecimal communityServiceHours,
        @Schema(description = "当前帮教中的刑满释放人员", example = "85") long releasedUnderSupport,
        @Schema(description = "其中重点帮教对象", example = "6") long keyPersonsUnderSupport,
        @Schema(description = "帮教中人员基本信息核实率") Rate verificationRate,
        @Schema(description = "期间内重新犯罪的刑满释放人员(帮教中结束为重新犯罪)", example = "1") long releasedReoffended,
        @Schema(description = "期间内因矫正期间重新犯罪被撤销缓刑、假释或收监执行的人数", example = "1") long reoffendedDuringCorrection,
        @Schema(description = "再犯罪率:期间内矫正期间重新犯罪人数 / 期间内在册过的社区矫正对象(报到后、解除或终止前)") Rate recidivismRate) {

    @Schema(name = "CorrectionCodeCount", description = "按代码计数")
    public record CodeCount(@Schema(description = "代码", example = "PROBATION") String code,
                            @Schema(description = "名称", example = "缓刑") String label,
                            @Schema(description = "数量", example = "12") long count) {
    }
}
