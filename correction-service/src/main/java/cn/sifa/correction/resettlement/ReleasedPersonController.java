package cn.sifa.correction.resettlement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Listing;
import cn.sifa.core.web.Answers;
import cn.sifa.core.web.ApiErrors;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.correction.resettlement.ReleasedPersonService.ReleasedFilter;
import cn.sifa.correction.resettlement.ReleasedRequests.EndRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.HandoverRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.NoticeRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.PickUpRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.TeamRequest;
import cn.sifa.correction.resettlement.ReleasedRequests.VerificationRequest;

@RestController
@RequestMapping("/api/correction/v1")
@Tag(name = "刑满释放人员安置帮教", description = "释放通知、必接必送、帮教小组、核实基本信息、帮教期(默认5年)、解矫衔接")
@ApiErrors
class ReleasedPersonController {

    private static final String PATH = "/api/correction/v1/released-persons/";

    private final ReleasedPersonService persons;

    ReleasedPersonController(ReleasedPersonService persons) {
        this.persons = persons;
    }

    @GetMapping(value = "/released-persons", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    @Operation(summary = "刑满释放人员列表(身份证号、电话脱敏;可导出,导出不含未成年人)")
    public ResponseEntity<PageView<ReleasedPersonListItem>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) List<ReleasedStatus> status,
            @RequestParam(required = false) @Parameter(description = "true:只看重点帮教对象") Boolean keyPerson,
            @RequestParam(required = false) @Parameter(description = "是否已核实基本信息") Boolean verified,
            @RequestParam(required = false) @Parameter(description = "true:只看我承办的") Boolean mine,
            @RequestParam(required = false) @Parameter(description = "释放日期起") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @Parameter(description = "释放日期止") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "监狱或罪名包含") String q,
            @RequestParam(required = false) @Parameter(description = "true:只看已逾期的") Boolean overdue,
            @RequestParam(required = false) @Parameter(description = "true:只看3个工作日内到期的") Boolean dueSoon,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        ReleasedFilter filter = new ReleasedFilter(divisionCode, status, keyPerson, verified, mine, from, to, q, overdue, dueSoon);
        ExportFormat export = Listing.requestedExport(accept);
        if (export != null) {
            persons.export(filter, export, response);
            return null;
        }
        return persons.list(filter, page, size, sort).toResponse();
    }

    @GetMapping("/released-persons/{id}")
    @Operation(summary = "刑满释放人员档案(完整身份信息仅对有权限的社区矫正工作人员显示,每次查看记入审计日志)")
    @ApiResponse(responseCode = "200", description = "刑满释放人员")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ReleasedPersonView> get(@PathVariable UUID id) {
        return Answers.ok(persons.get(id));
    }

    @PostMapping("/released-persons")
    @Operation(summary = "登记监狱的刑满释放人员通知书(开启释放当日必接必送任务)")
    @ApiResponse(responseCode = "201", description = "已登记")
    public ResponseEntity<ReleasedPersonView> notice(@Valid @RequestBody NoticeRequest request) {
        ReleasedPersonView created = persons.notice(request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/subjects/{subjectId}/resettlement-handover")
    @Operation(summary = "已解除矫正的对象衔接安置帮教(帮教期自解矫之日起)")
    @ApiResponse(responseCode = "201", description = "已衔接")
    @ApiResponse(responseCode = "409", description = "对象未解除矫正或已衔接")
    public ResponseEntity<ReleasedPersonView> handover(@PathVariable UUID subjectId, @Valid @RequestBody HandoverRequest request) {
        ReleasedPersonView created = persons.handover(subjectId, request);
        return Answers.created(PATH + created.id(), created);
    }

    @PostMapping("/released-persons/{id}/pick-up")
    @Operation(summary = "必接必送:接回(不早于释放日期;开启帮教期)")
    @StepResponses
    public ResponseEntity<ReleasedPersonView> pickUp(@PathVariable UUID id, @Valid @RequestBody PickUpRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(persons.pickUp(id, ifMatch, request));
    }

    @PostMapping("/released-persons/{id}/team")
    @Operation(summary = "确定帮教小组")
    @StepResponses
    public ResponseEntity<ReleasedPersonView> team(@PathVariable UUID id, @Valid @RequestBody TeamRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(persons.team(id, ifMatch, request));
    }

    @PostMapping("/released-persons/{id}/verification")
    @Operation(summary = "核实基本信息(计入核实率)")
    @StepResponses
    public ResponseEntity<ReleasedPersonView> verify(@PathVariable UUID id, @Valid @RequestBody VerificationRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(persons.verify(id, ifMatch, request));
    }

    @PostMapping("/released-persons/{id}/end")
    @Operation(summary = "结束安置帮教(帮教期满/解除,或重新犯罪)")
    @StepResponses
    public ResponseEntity<ReleasedPersonView> end(@PathVariable UUID id, @Valid @RequestBody EndRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(persons.end(id, ifMatch, request));
    }
}
