package cn.sifa.correction.leave;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.StepResponses;
import cn.sifa.correction.leave.LeaveRequests.ApplyRequest;
import cn.sifa.correction.leave.LeaveRequests.ApproveRequest;
import cn.sifa.correction.leave.LeaveRequests.RefuseRequest;
import cn.sifa.correction.leave.LeaveRequests.ReturnRequest;

@RestController
@RequestMapping("/api/correction/v1/subjects/{id}/leave-requests")
@Tag(name = "社区矫正外出", description = "外出申请(审批层级按天数与两个月内累计计算)、批准/不予批准、返回报告")
@ApiErrors
class LeaveController {

    private final LeaveService leaves;

    LeaveController(LeaveService leaves) {
        this.leaves = leaves;
    }

    @PostMapping
    @Operation(summary = "外出申请(7日以内司法所、超过7日县级社区矫正机构、超过30日或两个月内累计超过30日上一级社区矫正机构审批;If-Match 为对象的版本)")
    @ApiResponse(responseCode = "201", description = "已申请")
    @StepResponses
    public ResponseEntity<LeaveView> request(@PathVariable UUID id, @Valid @RequestBody ApplyRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LeaveView created = leaves.request(id, ifMatch, request);
        return Answers.created("/api/correction/v1/subjects/" + id + "/leave-requests/" + created.id(), created);
    }

    @GetMapping
    @Operation(summary = "对象的外出申请(新的在前)")
    public ResponseEntity<List<LeaveView>> list(@PathVariable UUID id) {
        return ResponseEntity.ok(leaves.list(id));
    }

    @GetMapping("/{leaveId}")
    @Operation(summary = "外出申请")
    public ResponseEntity<LeaveView> get(@PathVariable UUID id, @PathVariable UUID leaveId) {
        return Answers.ok(leaves.get(id, leaveId));
    }

    @PostMapping("/{leaveId}/approve")
    @Operation(summary = "批准外出(审批层级不得低于计算出的层级;单次外出开启返回报告期限)")
    @StepResponses
    public ResponseEntity<LeaveView> approve(@PathVariable UUID id, @PathVariable UUID leaveId, @Valid @RequestBody ApproveRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(leaves.approve(id, leaveId, ifMatch, request));
    }

    @PostMapping("/{leaveId}/refuse")
    @Operation(summary = "不予批准外出")
    @StepResponses
    public ResponseEntity<LeaveView> refuse(@PathVariable UUID id, @PathVariable UUID leaveId, @Valid @RequestBody RefuseRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(leaves.refuse(id, leaveId, ifMatch, request));
    }

    @PostMapping("/{leaveId}/return")
    @Operation(summary = "外出返回报告(返回报告期限履行)")
    @StepResponses
    public ResponseEntity<LeaveView> returned(@PathVariable UUID id, @PathVariable UUID leaveId, @Valid @RequestBody ReturnRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(leaves.returned(id, leaveId, ifMatch, request));
    }
}
