package cn.sifa.correction.monitoring;

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
import cn.sifa.correction.monitoring.MonitoringRequests.EndRequest;
import cn.sifa.correction.monitoring.MonitoringRequests.RenewRequest;
import cn.sifa.correction.monitoring.MonitoringRequests.StartRequest;

@RestController
@RequestMapping("/api/correction/v1/subjects/{id}/electronic-monitoring")
@Tag(name = "社区矫正电子定位", description = "第二十九条情形、县级司法行政部门负责人批准、每次不超过3个月、延长须重新评估、定位信息保密")
@ApiErrors
class MonitoringController {

    private final MonitoringService monitoring;

    MonitoringController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @PostMapping
    @Operation(summary = "使用电子定位装置(超过3个月为400;开启期限届满 CORRECTION_MONITORING_EXPIRY;If-Match 为对象的版本)")
    @ApiResponse(responseCode = "201", description = "已使用")
    @StepResponses
    public ResponseEntity<MonitoringView> start(@PathVariable UUID id, @Valid @RequestBody StartRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        MonitoringView created = monitoring.start(id, ifMatch, request);
        return Answers.created("/api/correction/v1/subjects/" + id + "/electronic-monitoring", created);
    }

    @GetMapping
    @Operation(summary = "对象的电子定位记录(新的在前;定位信息仅对有权限者显示,查看记入审计日志)")
    public ResponseEntity<List<MonitoringView>> list(@PathVariable UUID id) {
        return ResponseEntity.ok(monitoring.list(id));
    }

    @PostMapping("/renew")
    @Operation(summary = "延长电子定位(自原期限届满次日起不超过3个月,须重新评估;If-Match 为电子定位记录的版本)")
    @StepResponses
    public ResponseEntity<MonitoringView> renew(@PathVariable UUID id, @Valid @RequestBody RenewRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(monitoring.renew(id, ifMatch, request));
    }

    @PostMapping("/end")
    @Operation(summary = "解除电子定位")
    @StepResponses
    public ResponseEntity<MonitoringView> end(@PathVariable UUID id, @Valid @RequestBody EndRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(monitoring.end(id, ifMatch, request));
    }
}
