package cn.sifa.legalaid.subsidy;

import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.StepResponses;

@RestController
@RequestMapping("/api/legal-aid/v1/subsidy-standards")
@Tag(name = "办案补贴标准", description = "法律援助补贴标准(第五十二条):平台默认标准与各省标准,本省标准优先")
@ApiErrors
class SubsidyStandardController {

    private final SubsidyStandardService standards;

    SubsidyStandardController(SubsidyStandardService standards) {
        this.standards = standards;
    }

    @GetMapping
    @Operation(summary = "办案补贴标准(本省标准与平台默认标准,各类别实际适用的标准)",
            description = "优先顺序:本省·本类别 > 本省·不分类别 > 平台默认·本类别 > 平台默认·不分类别;已废止的标准列在最后")
    public ResponseEntity<SubsidyStandardView.Listing> list(
            @Parameter(description = "按该区划所在省判断适用标准(须在管辖范围内),默认本人所在省", example = "430105")
            @RequestParam(required = false) String divisionCode) {
        return ResponseEntity.ok(standards.list(divisionCode));
    }

    @GetMapping("/{id}")
    @Operation(summary = "办案补贴标准")
    @ApiResponse(responseCode = "200", description = "办案补贴标准")
    @ApiResponse(responseCode = "404", description = "不存在,或属于其他省")
    public ResponseEntity<SubsidyStandardView> get(@PathVariable UUID id) {
        return Answers.ok(standards.get(id));
    }

    @PostMapping
    @Operation(summary = "新增本省办案补贴标准(省级法律援助机构)", description = "同省同类别同援助形式已有现行标准时 409")
    @ApiResponse(responseCode = "201", description = "已新增")
    @ApiResponse(responseCode = "403", description = "不是该省的法律援助写权限(县、市级只能查看)")
    @ApiResponse(responseCode = "409", description = "已有相同省、类别、援助形式的现行标准")
    public ResponseEntity<SubsidyStandardView> create(@Valid @RequestBody SubsidyStandardRequest.Save request) {
        SubsidyStandardView created = standards.create(request);
        return Answers.created("/api/legal-aid/v1/subsidy-standards/" + created.id(), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改本省办案补贴标准", description = "支持 If-Match;所属省不可变更;已结案件的补贴金额不受影响")
    @StepResponses
    public ResponseEntity<SubsidyStandardView> update(@PathVariable UUID id,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody SubsidyStandardRequest.Save request) {
        return Answers.ok(standards.update(id, ifMatch, request));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "废止本省办案补贴标准(此后结案按下一优先顺序的标准计算)", description = "支持 If-Match;已结案件的补贴金额不受影响")
    @StepResponses
    public ResponseEntity<SubsidyStandardView> retire(@PathVariable UUID id,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @Valid @RequestBody(required = false) SubsidyStandardRequest.Retire request) {
        return Answers.ok(standards.retire(id, ifMatch, request));
    }
}
