package cn.sifa.enforcement.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.statistics.Rate;

/** The figures of METRICS.md (行政执法监督) for a division subtree and a period. */
@Schema(description = "行政执法监督统计")
public record EnforcementStatistics(
        @Schema(description = "行政区划", example = "430105") String divisionCode,
        @Schema(description = "起(含)", example = "2026-01-01") LocalDate from,
        @Schema(description = "止(含)", example = "2026-12-31") LocalDate to,
        @Schema(description = "执法数据") Actions actions,
        @Schema(description = "三项制度") ThreeSystems threeSystems,
        @Schema(description = "案卷评查") FileReviews fileReviews,
        @Schema(description = "重大行政处罚备案") Filings penaltyFilings,
        @Schema(description = "重大执法决定法制审核") Count majorDecisionReviews,
        @Schema(description = "涉企检查") Inspections inspections,
        @Schema(description = "执法投诉") Complaints complaints,
        @Schema(description = "柔性执法") Leniency leniency,
        @Schema(description = "合法性审查") Legality legalityReviews,
        @Schema(description = "规范性文件备案") Filings normativeDocuments,
        @Schema(description = "执法主体与人员") People people) {

    @Schema(description = "按代码分组的数量")
    public record CodeCount(
            @Schema(description = "代码", example = "PENALTY") String code,
            @Schema(description = "名称", example = "行政处罚") String label,
            @Schema(description = "数量", example = "1200") long count) {
    }

    @Schema(description = "按执法主体的数量")
    public record AgencyCount(
            @Schema(description = "执法主体", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
            @Schema(description = "名称", example = "开福区市场监管局") String name,
            @Schema(description = "数量", example = "5300") long count) {
    }

    @Schema(description = "执法数据报送")
    public record Actions(
            @Schema(description = "报送执法行为总数", example = "70433") long total,
            @Schema(description = "按执法行为类别") List<CodeCount> byType,
            @Schema(description = "按执法主体") List<AgencyCount> byAgency,
            @Schema(description = "按月(yyyy-MM)") List<CodeCount> byMonth,
            @Schema(description = "罚没金额合计(元)", example = "3250000.00") BigDecimal penaltyAmount) {
    }

    @Schema(description = "三项制度比率")
    public record ThreeSystems(
            @Schema(description = "执法信息按时公示率") Rate publication,
            @Schema(description = "重大执法决定法制审核率") Rate legalReview,
            @Schema(description = "执法全过程音像记录率") Rate recording) {
    }

    @Schema(description = "案卷评查")
    public record FileReviews(
            @Schema(description = "评查计划数", example = "2") long plans,
            @Schema(description = "抽取案卷数", example = "487") long sampled,
            @Schema(description = "已评分案卷数", example = "480") long scored,
            @Schema(description = "按等次") List<CodeCount> byGrade,
            @Schema(description = "平均分", example = "86.4") BigDecimal meanScore,
            @Schema(description = "优良率(优秀/已评分)") Rate excellentRate,
            @Schema(description = "待整改", example = "12") long rectificationDue) {
    }

    @Schema(description = "备案")
    public record Filings(
            @Schema(description = "备案数", example = "118") long filed,
            @Schema(description = "逾期备案数", example = "3") long late,
            @Schema(description = "按时备案率") Rate onTime,
            @Schema(description = "已审查", example = "110") long reviewed,
            @Schema(description = "需纠正", example = "4") long correctionRequired) {
    }

    @Schema(description = "数量")
    public record Count(
            @Schema(description = "提交数", example = "40") long total,
            @Schema(description = "已办结数", example = "38") long completed,
            @Schema(description = "按状态") List<CodeCount> byStatus) {
    }

    @Schema(description = "涉企检查")
    public record Inspections(
            @Schema(description = "检查数(不含不予批准)", example = "45") long total,
            @Schema(description = "被检查企业数", example = "40") long enterprises,
            @Schema(description = "平均每企业检查次数", example = "1.13") BigDecimal perEnterprise,
            @Schema(description = "单个企业最多检查次数", example = "3") long maxPerEnterprise,
            @Schema(description = "联合检查(综合查一次)数", example = "12") long joint,
            @Schema(description = "超过年度上限的检查数", example = "1") long overCap,
            @Schema(description = "已扫码入企数", example = "40") long checkedIn) {
    }

    @Schema(description = "执法投诉")
    public record Complaints(
            @Schema(description = "受理数", example = "10") long received,
            @Schema(description = "办结数", example = "8") long closed,
            @Schema(description = "办结率") Rate closedRate,
            @Schema(description = "投诉不成立", example = "2") long unfounded,
            @Schema(description = "按监督文书种类") List<CodeCount> byDocument) {
    }

    @Schema(description = "柔性执法")
    public record Leniency(
            @Schema(description = "不予处罚决定数", example = "867") long decisions,
            @Schema(description = "按情形") List<CodeCount> byKind,
            @Schema(description = "免罚轻罚清单事项数(现行)", example = "39") long listItems) {
    }

    @Schema(description = "合法性审查")
    public record Legality(
            @Schema(description = "受理数", example = "81") long total,
            @Schema(description = "按事项类型") List<CodeCount> byType,
            @Schema(description = "已出具意见数", example = "78") long opinions,
            @Schema(description = "意见采纳率(采纳/已登记采纳情况)") Rate adoption,
            @Schema(description = "政府合同金额合计(元)", example = "2000000000.00") BigDecimal contractAmount) {
    }

    @Schema(description = "执法主体与人员")
    public record People(
            @Schema(description = "执法主体数", example = "52") long agencies,
            @Schema(description = "在岗执法人员数", example = "860") long officers,
            @Schema(description = "执法证已过期人数", example = "5") long expiredCertificates,
            @Schema(description = "30日内到期人数", example = "9") long expiringSoon,
            @Schema(description = "资格考试合格人数", example = "172") long examPassed,
            @Schema(description = "具有法律职业资格人数", example = "40") long legalQualification) {
    }
}
