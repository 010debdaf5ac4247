package cn.sifa.enforcement.threesystems;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.enforcement.action.ActionView;

@RestController
@RequestMapping("/api/enforcement/v1/three-systems")
@Tag(name = "三项制度", description = "按时公示、重大执法决定法制审核、全过程记录")
@ApiErrors
class ThreeSystemsController {

    private final ThreeSystemsService threeSystems;

    ThreeSystemsController(ThreeSystemsService threeSystems) {
        this.threeSystems = threeSystems;
    }

    @GetMapping
    @Operation(summary = "三项制度比率(总体及各执法主体;期间默认本年初至今)")
    @ApiResponse(responseCode = "200", description = "三项制度比率")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ThreeSystemsView rates(@Parameter(description = "执法主体") @RequestParam(required = false) UUID agencyId,
                                  @Parameter(description = "决定日期起(含)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @Parameter(description = "决定日期止(含)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @Parameter(description = "行政区划") @RequestParam(required = false) String divisionCode) {
        return threeSystems.rates(agencyId, from, to, divisionCode);
    }

    @GetMapping("/offences")
    @Operation(summary = "未落实三项制度的执法行为(分页)")
    @ApiResponse(responseCode = "200", description = "执法行为")
    @ApiResponse(responseCode = "404", description = "执法主体不存在或不在管辖范围内")
    public ResponseEntity<PageView<ActionView>> offences(
            @Parameter(description = "PUBLICATION 未按时公示, LEGAL_REVIEW 未经事前法制审核, RECORDING 无全过程音像记录")
            @RequestParam ThreeSystem system,
            @RequestParam(required = false) UUID agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String divisionCode,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return threeSystems.offences(system, agencyId, from, to, divisionCode, page, size).toResponse();
    }
}
