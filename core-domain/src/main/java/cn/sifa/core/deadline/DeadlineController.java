package cn.sifa.core.deadline;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

/** The cross-service worklist of open deadlines (portal: mine, due soon, overdue). */
@RestController
@RequestMapping("/api/core/v1/deadlines")
@Tag(name = "期限", description = "各业务的未完成法定期限(管辖范围内)")
class DeadlineController {

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "createdAt", "createdAt");

    private final DeadlineWorklist worklist;
    private final DeadlineSummary summary;

    DeadlineController(DeadlineWorklist worklist, DeadlineSummary summary) {
        this.worklist = worklist;
        this.summary = summary;
    }

    @GetMapping("/summary")
    @Operation(summary = "看板:各业务未完成、即将到期、已逾期的记录数,每月收案数,下一级区划按逾期占比排名", responses = {
            @ApiResponse(responseCode = "200", description = "汇总"),
            @ApiResponse(responseCode = "400", description = "区划代码不合法"),
            @ApiResponse(responseCode = "401", description = "未登录")})
    DeadlineSummary.View summary(
            @Parameter(description = "行政区划(管辖范围内;默认本人所属)", example = "430105") @RequestParam(required = false) String divisionCode) {
        return summary.of(divisionCode);
    }

    @GetMapping
    @Operation(summary = "未完成的期限:可按状态、本人承办、记录类型、区划筛选,默认按届满日升序", responses = {
            @ApiResponse(responseCode = "200", description = "期限列表"),
            @ApiResponse(responseCode = "400", description = "状态、区划或分页参数不合法"),
            @ApiResponse(responseCode = "401", description = "未登录")})
    PageView<DeadlineItemView> list(
            @Parameter(description = "PENDING 未到期、DUE_SOON 3个工作日内到期、OVERDUE 已逾期", example = "DUE_SOON")
            @RequestParam(required = false) DeadlineStatus status,
            @Parameter(description = "只看本人承办的", example = "true") @RequestParam(defaultValue = "false") boolean mine,
            @Parameter(description = "记录类型", example = "mediation-case") @RequestParam(required = false) String recordType,
            @Parameter(description = "行政区划(管辖范围内)", example = "430105") @RequestParam(required = false) String divisionCode,
            @Parameter(description = "只看日期暂定(或确定)的", example = "true") @RequestParam(required = false) Boolean provisional,
            @Parameter(description = "业务(记录在门户中路径的第一段)", example = "mediation") @RequestParam(required = false) String service,
            @Parameter(description = "页码,从 0 开始", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数(1–200)", example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "排序:dueDate 或 createdAt,加 ,desc 倒序", example = "dueDate,asc")
            @RequestParam(required = false) List<String> sort) {
        return worklist.find(new DeadlineWorklist.Filter(status, mine, recordType, divisionCode, provisional, service),
                Paging.of(page, size, sort, SORTABLE, Sort.by("dueDate", "id")));
    }
}
