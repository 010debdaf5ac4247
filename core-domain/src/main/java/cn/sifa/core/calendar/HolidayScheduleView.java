package cn.sifa.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "一个年度的节假日安排及已公布年度")
record HolidayScheduleView(
        @Schema(description = "年度", example = "2026") int year,
        @Schema(description = "该年度安排是否已录入", example = "true") boolean published,
        @Schema(description = "该年度的放假日与调休上班日,按日期排序") List<DayView> days,
        @Schema(description = "已录入的全部年度") List<YearView> publishedYears,
        @Schema(description = "已录入的最后一个年度;届满日在其后的期限为暂定日期", example = "2026") Integer lastPublishedYear,
        @Schema(description = "提醒管理员的警告,无则为 null",
                example = "2027 年节假日安排尚未录入:届满日在 2027 年的期限暂按周末和《全国年节及纪念日放假办法》规定的节日计算(调休未知),标记为暂定。国务院办公厅公布后请录入。")
        String warning) {

    @Schema(description = "节假日安排中的一天")
    record DayView(
            @Schema(description = "日期", example = "2026-10-01") LocalDate day,
            @Schema(description = "类型:HOLIDAY 放假,MAKEUP_WORKDAY 调休上班", example = "HOLIDAY") HolidayKind kind,
            @Schema(description = "类型名称", example = "法定节假日") String kindLabel,
            @Schema(description = "节日名称", example = "国庆节") String name) {
    }

    @Schema(description = "已录入的年度")
    record YearView(
            @Schema(description = "年度", example = "2026") int year,
            @Schema(description = "数据来源", example = "chinese-days@1.5.7") String source,
            @Schema(description = "录入时间", example = "2026-01-02T08:00:00Z") Instant addedAt) {
    }
}
