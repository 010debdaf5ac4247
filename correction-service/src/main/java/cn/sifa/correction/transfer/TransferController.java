package cn.sifa.correction.transfer;

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
import cn.sifa.correction.transfer.TransferRequests.ApplyRequest;
import cn.sifa.correction.transfer.TransferRequests.DecisionRequest;
import cn.sifa.correction.transfer.TransferRequests.ReplyRequest;
import cn.sifa.correction.transfer.TransferRequests.StepRequest;

@RestController
@RequestMapping("/api/correction/v1/subjects/{id}/transfer")
@Tag(name = "社区矫正执行地变更", description = "提前一个月申请;征求意见、反馈、决定、移交档案各5日;7日内到新执行地报到")
@ApiErrors
class TransferController {

    private final TransferService transfers;

    TransferController(TransferService transfers) {
        this.transfers = transfers;
    }

    @PostMapping
    @Operation(summary = "申请变更执行地(拟迁居日期不早于申请后一个月;开启5日征求意见期限;If-Match 为对象的版本)")
    @ApiResponse(responseCode = "201", description = "已申请")
    @StepResponses
    public ResponseEntity<TransferView> apply(@PathVariable UUID id, @Valid @RequestBody ApplyRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        TransferView created = transfers.apply(id, ifMatch, request);
        return Answers.created("/api/correction/v1/subjects/" + id + "/transfer", created);
    }

    @GetMapping
    @Operation(summary = "对象的执行地变更(新的在前)")
    public ResponseEntity<List<TransferView>> list(@PathVariable UUID id) {
        return ResponseEntity.ok(transfers.list(id));
    }

    @PostMapping("/{transferId}/consult")
    @Operation(summary = "书面征求新执行地意见(开启5日反馈期限)")
    @StepResponses
    public ResponseEntity<TransferView> consult(@PathVariable UUID id, @PathVariable UUID transferId, @Valid @RequestBody StepRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(transfers.consult(id, transferId, ifMatch, request));
    }

    @PostMapping("/{transferId}/reply")
    @Operation(summary = "新执行地反馈意见(开启5日决定期限)")
    @StepResponses
    public ResponseEntity<TransferView> reply(@PathVariable UUID id, @PathVariable UUID transferId, @Valid @RequestBody ReplyRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(transfers.reply(id, transferId, ifMatch, request));
    }

    @PostMapping("/{transferId}/decision")
    @Operation(summary = "作出是否同意变更的决定(同意:开启5日移交档案与7日报到期限)")
    @StepResponses
    public ResponseEntity<TransferView> decide(@PathVariable UUID id, @PathVariable UUID transferId, @Valid @RequestBody DecisionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(transfers.decide(id, transferId, ifMatch, request));
    }

    @PostMapping("/{transferId}/files-sent")
    @Operation(summary = "移交法律文书和档案材料")
    @StepResponses
    public ResponseEntity<TransferView> filesSent(@PathVariable UUID id, @PathVariable UUID transferId, @Valid @RequestBody StepRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(transfers.filesSent(id, transferId, ifMatch, request));
    }

    @PostMapping("/{transferId}/reported")
    @Operation(summary = "对象已到新执行地报到(本地在册结束,状态为已变更执行地)")
    @StepResponses
    public ResponseEntity<TransferView> reported(@PathVariable UUID id, @PathVariable UUID transferId, @Valid @RequestBody StepRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(transfers.reported(id, transferId, ifMatch, request));
    }
}
