package cn.sifa.core.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.error.ValidationException;

/** The statutory calendar: everyone may read it; admins publish a year when the State Council announces it. */
@RestController
@RequestMapping("/api/core/v1/holidays")
@Tag(name = "节假日安排", description = "国务院办公厅公布的放假与调休安排,期限计算的依据")
class HolidayController {

    private final StatutoryCalendar calendar;
    private final Clock clock;

    HolidayController(StatutoryCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "查询一个年度的节假日安排、已录入年度,以及下一年度未录入的警告", responses = {
            @ApiResponse(responseCode = "200", description = "该年度安排(未录入时 days 为空、published 为 false)"),
            @ApiResponse(responseCode = "400", description = "年度不合法"),
            @ApiResponse(responseCode = "401", description = "未登录")})
    HolidayScheduleView schedule(
            @Parameter(description = "年度,默认今年", example = "2026") @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ValidationException.of("year", "range", "年度必须在 2000 到 2100 之间");
        }
        return view(y);
    }

    @PostMapping("/{year}")
    @Operation(summary = "录入或更正一个年度的节假日安排(整体替换),并重算受影响的未到期期限", responses = {
            @ApiResponse(responseCode = "200", description = "录入后的该年度安排"),
            @ApiResponse(responseCode = "400", description = "日期不在该年度、类型无效、日期重复、调休上班日不是周末等"),
            @ApiResponse(responseCode = "401", description = "未登录"),
            @ApiResponse(responseCode = "403", description = "不是系统管理员,也没有 core.admin 权限"),
            @ApiResponse(responseCode = "409", description = "另一位管理员同时在录入同一年度")})
    HolidayScheduleView publish(@Parameter(description = "年度", example = "2027") @PathVariable int year,
                                @RequestBody HolidayYearRequest request) {
        CoreAdmin.require("录入节假日安排");
        List<HolidayEntry> entries = request.toEntries(year);
        calendar.replaceYear(year, request.source().trim(), entries);
        return view(year);
    }

    private HolidayScheduleView view(int year) {
        List<HolidayScheduleView.DayView> days = calendar.entriesOf(year).stream()
                .map(e -> new HolidayScheduleView.DayView(e.day(), e.kind(), e.kind().label(), e.name()))
                .toList();
        List<HolidayScheduleView.YearView> years = calendar.publishedYears().stream()
                .map(y -> new HolidayScheduleView.YearView(y.year(), y.source(), y.addedAt()))
                .toList();
        Integer last = years.isEmpty() ? null : years.get(years.size() - 1).year();
        return new HolidayScheduleView(year, years.stream().anyMatch(y -> y.year() == year), days, years, last,
                warning(years));
    }

    /** The next year's schedule usually comes out in November or December; until it is in, dates there are guesses. */
    private String warning(List<HolidayScheduleView.YearView> years) {
        int thisYear = LocalDate.now(clock).getYear();
        boolean thisYearIn = years.stream().anyMatch(y -> y.year() == thisYear);
        boolean nextYearIn = years.stream().anyMatch(y -> y.year() == thisYear + 1);
        if (!thisYearIn) {
            return thisYear + " 年节假日安排尚未录入:本年度的期限按周末和《全国年节及纪念日放假办法》规定的节日计算(调休未知),"
                    + "标记为暂定,请尽快录入。";
        }
        if (!nextYearIn) {
            return (thisYear + 1) + " 年节假日安排尚未录入:届满日在 " + (thisYear + 1)
                    + " 年的期限暂按周末和《全国年节及纪念日放假办法》规定的节日计算(调休未知),标记为暂定。国务院办公厅公布后请录入。";
        }
        return null;
    }
}
