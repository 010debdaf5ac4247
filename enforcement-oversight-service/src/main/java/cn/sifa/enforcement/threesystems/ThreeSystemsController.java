package cn.sifa.enforcement.threesystems;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.statistics.StatisticsPeriod;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.action.ActionFilter;
import cn.sifa.enforcement.action.ActionQueries;
import cn.sifa.enforcement.action.ActionView;
import cn.sifa.enforcement.agency.Agencies;

@RestController
@RequestMapping("/api/enforcement/v1/three-systems")
@Tag(name = "三项制度", description = "按时公示、重大执法决定法制审核、全过程记录")
@ApiResponse(responseCode = "400", description = "参数不合法")
@ApiResponse(responseCode = "401", description = "未认证")
@ApiResponse(responseCode = "403", description = "缺少 enforcement.read 权限")
class ThreeSystemsController {

    private final ThreeSystemsQuery query;
    private final ActionQueries actions;
    private final DivisionScope scope;
    private final Agencies agencies;

    private final java.time.Clock clock;

    ThreeSystemsController(ThreeSystemsQuery query, ActionQueries actions, DivisionScope scope, Agencies agencies, java.time.Clock clock) {
        this.clock = clock;
        this.query = query;
        this.actions = actions;
        this.scope = scope;
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "三项制度比率(总体及各执法主体;期间默认本年初至今)")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ThreeSystemsView rates(@Parameter(description = "执法主体") @RequestParam(required = false) UUID agencyId,
                                  @Parameter(description = "决定日期起(含)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @Parameter(description = "决定日期止(含)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @Parameter(description = "行政区划") @RequestParam(required = false) String divisionCode) {
        return query.rates(filter(agencyId, from, to, divisionCode));
    }

    @GetMapping("/offences")
    @Operation(summary = "未落实三项制度的执法行为(分页)")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public PageView<ActionView> offences(@Parameter(description = "PUBLICATION 未按时公示, LEGAL_REVIEW 未经事前法制审核, RECORDING 无全过程音像记录")
                                         @RequestParam ThreeSystem system,
                                         @RequestParam(required = false) UUID agencyId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(required = false) String divisionCode,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var pageable = Paging.of(page, size, null, java.util.Map.of(), org.springframework.data.domain.Sort.unsorted());
        return actions.page(filter(agencyId, from, to, divisionCode), system.offending(StepDates.today(clock)),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    private ActionFilter filter(UUID agencyId, LocalDate from, LocalDate to, String divisionCode) {
        if (agencyId != null) {
            agencies.require(agencyId);
        }
        StatisticsPeriod period = StatisticsPeriod.of(from, to, StepDates.today(clock));
        return new ActionFilter(agencyId, null, period.from(), period.to(), null, scope.narrowTo(divisionCode), null, null);
    }
}
