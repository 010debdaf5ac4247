package cn.sifa.correction.education;

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
import cn.sifa.correction.education.EducationRequests.EducationRequest;
import cn.sifa.correction.education.EducationRequests.ServiceRequest;

@RestController
@RequestMapping("/api/correction/v1/subjects/{id}")
@Tag(name = "社区矫正教育帮扶", description = "教育学习与公益活动记录(小时数计入统计)")
@ApiErrors
class EducationController {

    private static final String PATH = "/api/correction/v1/subjects/";

    private final EducationService education;

    EducationController(EducationService education) {
        this.education = education;
    }

    @PostMapping("/education-records")
    @Operation(summary = "登记教育学习(If-Match 为对象的版本)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @StepResponses
    public ResponseEntity<EducationView> education(@PathVariable UUID id, @Valid @RequestBody EducationRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        EducationView created = education.education(id, ifMatch, request);
        return Answers.created(PATH + id + "/education-records", created.version(), created);
    }

    @GetMapping("/education-records")
    @Operation(summary = "对象的教育学习记录")
    public ResponseEntity<List<EducationView>> educationRecords(@PathVariable UUID id) {
        return ResponseEntity.ok(education.list(id, ActivityKind.EDUCATION));
    }

    @PostMapping("/community-service")
    @Operation(summary = "登记公益活动(If-Match 为对象的版本)")
    @ApiResponse(responseCode = "201", description = "已登记")
    @StepResponses
    public ResponseEntity<EducationView> communityService(@PathVariable UUID id, @Valid @RequestBody ServiceRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        EducationView created = education.communityService(id, ifMatch, request);
        return Answers.created(PATH + id + "/community-service", created.version(), created);
    }

    @GetMapping("/community-service")
    @Operation(summary = "对象的公益活动记录")
    public ResponseEntity<List<EducationView>> communityServiceRecords(@PathVariable UUID id) {
        return ResponseEntity.ok(education.list(id, ActivityKind.COMMUNITY_SERVICE));
    }
}
