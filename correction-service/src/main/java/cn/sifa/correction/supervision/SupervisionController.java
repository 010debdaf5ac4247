package cn.sifa.correction.supervision;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.StepResponses;
import cn.sifa.correction.supervision.SupervisionRequests.HomeVisitRequest;
import cn.sifa.correction.supervision.SupervisionRequests.PsychAssessmentRequest;

@RestController
@RequestMapping("/api/correction/v1/subjects/{id}")
@Tag(name = "社区矫正走访与心理评估", description = "走访(家访)与心理评估记录;心理评估属健康信息,每次查看写入审计日志")
@ApiErrors
class SupervisionController {

    private static final String PATH = "/api/correction/v1/subjects/";

    private final SupervisionService supervision;

    SupervisionController(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @PostMapping("/home-visits")
    @Operation(summary = "登记走访(If-Match 为对象的版本,可省略)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @StepResponses
    public ResponseEntity<HomeVisitView> visit(@PathVariable UUID id, @Valid @RequestBody HomeVisitRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        HomeVisitView created = supervision.visit(id, ifMatch, request);
        return Answers.created(PATH + id + "/home-visits", created.version(), created);
    }

    @GetMapping("/home-visits")
    @Operation(summary = "对象的走访记录(分页,默认按走访日期倒序)")
    @ApiResponse(responseCode = "200", description = "走访记录")
    @ApiResponse(responseCode = "404", description = "对象不存在或不在管辖范围内")
    public ResponseEntity<PageView<HomeVisitView>> visits(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        return supervision.visits(id, page, size, sort).toResponse();
    }

    @PostMapping("/psychological-assessments")
    @Operation(summary = "登记心理评估(If-Match 为对象的版本,可省略)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @StepResponses
    public ResponseEntity<PsychAssessmentView> assess(@PathVariable UUID id, @Valid @RequestBody PsychAssessmentRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PsychAssessmentView created = supervision.assess(id, ifMatch, request);
        return Answers.created(PATH + id + "/psychological-assessments", created.version(), created);
    }

    @GetMapping("/psychological-assessments")
    @Operation(summary = "对象的心理评估记录(分页,默认按评估日期倒序;每次查看写入审计日志)")
    @ApiResponse(responseCode = "200", description = "心理评估记录")
    @ApiResponse(responseCode = "404", description = "对象不存在或不在管辖范围内")
    public ResponseEntity<PageView<PsychAssessmentView>> assessments(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort) {
        return supervision.assessments(id, page, size, sort).toResponse();
    }
}
