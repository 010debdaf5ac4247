package cn.sifa.correction.leave;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.correction.leave.LeaveService.LeaveFilter;

@RestController
@RequestMapping("/api/correction/v1/leave-requests")
@Tag(name = "社区矫正外出", description = "外出申请(审批层级按天数与两个月内累计计算)、批准/不予批准、返回报告")
@ApiErrors
class LeaveWorklistController {

    private final LeaveService leaves;

    LeaveWorklistController(LeaveService leaves) {
        this.leaves = leaves;
    }

    @GetMapping
    @Operation(summary = "外出申请工作清单(待审批、待返回报告;不含身份信息)")
    public ResponseEntity<PageView<LeaveListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) List<LeaveStatus> status,
            @RequestParam(required = false) @Parameter(description = "应由哪一级审批") ApproverLevel requiredLevel,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的对象的") Boolean mine,
            @RequestParam(required = false) @Parameter(description = "true:只看返回报告已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return leaves.worklist(new LeaveFilter(divisionCode, status, requiredLevel, mine, overdue, dueSoon), page, size, sort).toResponse();
    }
}
