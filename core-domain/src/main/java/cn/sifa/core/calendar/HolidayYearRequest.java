package cn.sifa.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.error.ValidationException;

@Schema(description = "一个年度的节假日安排(整体替换该年度已有数据)")
record HolidayYearRequest(
        @Schema(description = "数据来源,如国务院办公厅通知的文号", example = "国办发明电〔2026〕7号") String source,
        @Schema(description = "该年度的放假日与调休上班日;未列出的日期按周一至周五上班、周六周日休息处理") List<Day> days) {

    @Schema(description = "节假日安排中的一天")
    record Day(
            @Schema(description = "日期", example = "2027-10-01") LocalDate day,
            @Schema(description = "类型:HOLIDAY 放假,MAKEUP_WORKDAY 调休上班", example = "HOLIDAY") String kind,
            @Schema(description = "节日名称", example = "国庆节") String name) {
    }

    /** Every problem at once (CONVENTIONS: every invalid field listed), else the entries to store. */
    List<HolidayEntry> toEntries(int year) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (year < 2000 || year > 2100) {
            errors.add("year", "range", "年度必须在 2000 到 2100 之间");
        }
        if (source == null || source.isBlank()) {
            errors.add("source", "required", "请填写数据来源");
        } else if (source.length() > 200) {
            errors.add("source", "too-long", "数据来源不能超过 200 个字符");
        }
        if (days == null || days.isEmpty()) {
            errors.add("days", "required", "请列出该年度的放假日与调休上班日");
        }
        List<HolidayEntry> entries = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; days != null && i < days.size(); i++) {
            Day d = days.get(i);
            String at = "days[" + i + "]";
            if (d == null) {
                errors.add(at, "required", "第 " + (i + 1) + " 项为空");
                continue;
            }
            HolidayKind kind = null;
            if (d.kind() == null || d.kind().isBlank()) {
                errors.add(at + ".kind", "required", "请填写类型");
            } else {
                try {
                    kind = HolidayKind.valueOf(d.kind().trim());
                } catch (IllegalArgumentException e) {
                    errors.add(at + ".kind", "invalid-code", "类型 " + d.kind() + " 无效,只能是 HOLIDAY 或 MAKEUP_WORKDAY");
                }
            }
            if (d.day() == null) {
                errors.add(at + ".day", "required", "请填写日期");
            } else {
                if (d.day().getYear() != year) {
                    errors.add(at + ".day", "wrong-year", d.day() + " 不在 " + year + " 年内");
                }
                if (!seen.add(d.day())) {
                    errors.add(at + ".day", "duplicate", d.day() + " 重复出现");
                }
                DayOfWeek dow = d.day().getDayOfWeek();
                if (kind == HolidayKind.MAKEUP_WORKDAY && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    errors.add(at + ".kind", "not-a-weekend", d.day() + " 是工作日,不能作为调休上班日");
                }
            }
            if (d.name() == null || d.name().isBlank()) {
                errors.add(at + ".name", "required", "请填写节日名称");
            } else if (d.name().length() > 50) {
                errors.add(at + ".name", "too-long", "节日名称不能超过 50 个字符");
            }
            if (kind != null && d.day() != null && d.name() != null) {
                entries.add(new HolidayEntry(d.day(), kind, d.name().trim()));
            }
        }
        errors.throwIfAny();
        return entries;
    }
}
