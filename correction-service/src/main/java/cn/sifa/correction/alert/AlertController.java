package cn.sifa.correction.alert;

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

@RestController
@RequestMapping("/api/correction/v1/alerts")
@Tag(name = "社区矫正预警", description = "漏管、脱管、矫正期满前30日、报告逾期")
@ApiErrors
class AlertController {

    private final AlertService alerts;

    AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(summary = "预警列表(按日期升序,最多500条;不含身份信息)")
    public ResponseEntity<List<AlertView>> list(
            @RequestParam(required = false) @Parameter(description = "行政区划代码,默认本单位管辖范围") String divisionCode,
            @RequestParam(required = false) AlertType type) {
        return ResponseEntity.ok(alerts.alerts(divisionCode, type));
    }
}
