package cn.sifa.enforcement.threesystems;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.statistics.Rate;

@Schema(description = "三项制度落实情况")
public record ThreeSystemsView(
        @Schema(description = "决定日期起", example = "2026-01-01") LocalDate from,
        @Schema(description = "决定日期止", example = "2026-06-30") LocalDate to,
        @Schema(description = "执法信息按时公示率", example = "{\"numerator\":98,\"denominator\":100,\"fraction\":0.98}") Rate publication,
        @Schema(description = "重大执法决定法制审核率") Rate legalReview,
        @Schema(description = "执法全过程音像记录率") Rate recording,
        @Schema(description = "各执法主体") List<AgencyRates> agencies) {

    @Schema(description = "一个执法主体的三项制度比率")
    public record AgencyRates(
            @Schema(description = "执法主体 ID", example = "0b7e1c9e-4c1f-4a57-9f3e-1d2c3b4a5e6f") UUID agencyId,
            @Schema(description = "执法主体", example = "长沙市开福区市场监督管理局") String agencyName,
            @Schema(description = "行政区划", example = "430105") String divisionCode,
            @Schema(description = "报送执法行为数", example = "1200") long actions,
            @Schema(description = "按时公示率") Rate publication,
            @Schema(description = "法制审核率") Rate legalReview,
            @Schema(description = "音像记录率") Rate recording) {
    }
}
