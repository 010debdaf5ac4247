package cn.sifa.legalaid.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.web.Answers;
import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;

/** One subsidy standard, with where it stands in the order of precedence for the caller's province. */
@Schema(name = "LegalAidSubsidyStandard", description = "法律援助办案补贴标准(每案)")
public record SubsidyStandardView(
        @Schema(description = "ID", example = "7a000000-0000-4000-8000-000000000012") UUID id,
        @Schema(description = "省级行政区划,null 为平台默认标准", example = "430000") String provinceCode,
        @Schema(description = "省级行政区划名称,平台默认标准为“平台默认”", example = "湖南省") String provinceName,
        @Schema(description = "案件类别,null 为不分类别", example = "CIVIL") AidCategory category,
        @Schema(description = "案件类别名称", example = "民事") String categoryLabel,
        @Schema(description = "援助形式", example = "CIVIL_ADMIN_STATE_COMP_AGENCY") AidForm aidForm,
        @Schema(description = "援助形式名称", example = "民事、行政、国家赔偿案件诉讼代理及非诉讼代理") String aidFormLabel,
        @Schema(description = "每案补贴(元)", example = "2500.00") BigDecimal amount,
        @Schema(description = "标准名称", example = "湖南省(演示数据):民事诉讼代理及非诉讼代理") String label,
        @Schema(description = "优先顺序(本省·本类别 > 本省·不分类别 > 平台默认·本类别 > 平台默认·不分类别)", example = "PROVINCE_CATEGORY") Precedence precedence,
        @Schema(description = "优先顺序名称", example = "本省·本类别") String precedenceLabel,
        @Schema(description = "本省结案时此标准实际适用的案件类别(被优先的标准覆盖或已废止则为空)", example = "[\"CIVIL\"]") List<AidCategory> appliesTo,
        @Schema(description = "实际适用情况", example = "适用于:民事") String appliesToLabel,
        @Schema(description = "废止日期,null 为现行", example = "2026-12-04") LocalDate retiredOn,
        @Schema(description = "当前用户可以修改、废止此标准", example = "false") boolean mayEdit,
        @Schema(description = "最后修改时间", example = "2026-12-04T09:30:00Z") Instant updatedAt,
        @Schema(description = "最后修改人", example = "staff-430000") String updatedBy,
        @Schema(description = "版本(ETag)", example = "0") long version) implements Answers.Versioned {

    /** For one category and aid form: the standard a case of the province closed now is paid by. */
    @Schema(name = "LegalAidSubsidyApplicable", description = "某类别、某援助形式的案件结案时适用的补贴标准")
    public record Applicable(
            @Schema(description = "援助形式", example = "CIVIL_ADMIN_STATE_COMP_AGENCY") AidForm aidForm,
            @Schema(description = "援助形式名称", example = "民事、行政、国家赔偿案件诉讼代理及非诉讼代理") String aidFormLabel,
            @Schema(description = "案件类别", example = "CRIMINAL") AidCategory category,
            @Schema(description = "案件类别名称", example = "刑事") String categoryLabel,
            @Schema(description = "适用的标准,null 为无适用标准(结案不计补贴)", example = "7a000000-0000-4000-8000-000000000002") UUID standardId,
            @Schema(description = "每案补贴(元)", example = "1800.00") BigDecimal amount,
            @Schema(description = "适用标准的优先顺序", example = "DEFAULT_ANY") Precedence precedence,
            @Schema(description = "优先顺序名称", example = "平台默认·不分类别") String precedenceLabel) {
    }

    /** The list: the rows the caller sees and, for the caller's province, which row applies per category. */
    @Schema(name = "LegalAidSubsidyStandardList", description = "办案补贴标准:本省标准与平台默认标准,及各类别实际适用的标准")
    public record Listing(
            @Schema(description = "据以判断适用标准的省级行政区划;全国范围的用户为 null(各行按其所属省判断)", example = "430000") String provinceCode,
            @Schema(description = "省级行政区划名称", example = "湖南省") String provinceName,
            @Schema(description = "当前用户可以新增本省标准(省级及以上的法律援助写权限)", example = "false") boolean mayCreate,
            @Schema(description = "标准(现行在前,按援助形式与优先顺序;已废止的在后)") List<SubsidyStandardView> content,
            @Schema(description = "本省各援助形式、各案件类别结案时适用的标准") List<Applicable> applicable) {
    }
}
