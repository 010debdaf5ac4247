package cn.sifa.legalaid.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.legalaid.aidcase.AidCategory;
import cn.sifa.legalaid.aidcase.AidForm;

/** The requests of the subsidy standards. */
public final class SubsidyStandardRequest {

    private SubsidyStandardRequest() {
    }

    @Schema(name = "LegalAidSubsidyStandardRequest", description = "新增或修改本省办案补贴标准")
    public record Save(
            @Schema(description = "省级行政区划(PP0000),默认本人所在省;修改时不可变更", example = "430000") @Size(max = 12) String provinceCode,
            @Schema(description = "案件类别,不填为不分类别", example = "CIVIL") AidCategory category,
            @Schema(description = "援助形式", example = "CIVIL_ADMIN_STATE_COMP_AGENCY") @NotNull(message = "请选择援助形式") AidForm aidForm,
            @Schema(description = "每案补贴(元,大于 0,至多 100000,两位小数)", example = "2500.00")
            @NotNull(message = "请填写补贴金额")
            @DecimalMin(value = "0.01", message = "补贴金额须大于 0")
            @DecimalMax(value = "100000.00", message = "补贴金额不能超过 100000 元")
            @Digits(integer = 6, fraction = 2, message = "补贴金额以元为单位,至多两位小数") BigDecimal amount,
            @Schema(description = "标准名称(写明文件及条目)", example = "湖南省法律援助补贴标准:民事诉讼代理")
            @NotBlank(message = "请填写标准名称") @Size(max = 300, message = "标准名称至多 300 字") String label) {
    }

    @Schema(name = "LegalAidSubsidyStandardRetireRequest", description = "废止本省办案补贴标准")
    public record Retire(
            @Schema(description = "废止日期,默认今天,不能晚于今天", example = "2026-12-04") LocalDate retiredOn) {
    }
}
