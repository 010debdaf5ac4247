package cn.sifa.legalaid.provider;

import java.util.List;
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
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.StepResponses;
import cn.sifa.legalaid.provider.ProviderService.ProviderFilter;

@RestController
@RequestMapping("/api/legal-aid/v1/providers")
@Tag(name = "法律援助人员名册", description = "律师、基层法律服务工作者、法律援助志愿者")
@ApiErrors
class ProviderController {

    private final ProviderService providers;

    ProviderController(ProviderService providers) {
        this.providers = providers;
    }

    @GetMapping
    @Operation(summary = "法律援助人员名册")
    public ResponseEntity<PageView<ProviderView>> list(
            @RequestParam(required = false) String divisionCode, @RequestParam(required = false) ProviderKind kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Parameter(description = "true:只看可承办可能判处无期徒刑、死刑案件的律师") Boolean lifeOrDeathQualified,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return providers.list(new ProviderFilter(divisionCode, kind, active, lifeOrDeathQualified, q), page, size, sort).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "法律援助人员")
    @ApiResponse(responseCode = "200", description = "法律援助人员")
    @ApiResponse(responseCode = "404", description = "不存在或不在管辖范围内")
    public ResponseEntity<ProviderView> get(@PathVariable UUID id) {
        return Answers.ok(providers.get(id));
    }

    @PostMapping
    @Operation(summary = "登记法律援助人员")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "409", description = "执业证号已在名册中")
    public ResponseEntity<ProviderView> register(@Valid @RequestBody ProviderRequest request) {
        ProviderView created = providers.register(request);
        return Answers.created("/api/legal-aid/v1/providers/" + created.id(), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改法律援助人员", description = "支持 If-Match;所属区划不可变更;已指派的案件不受影响")
    @StepResponses
    public ResponseEntity<ProviderView> update(@PathVariable UUID id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody ProviderRequest request) {
        return Answers.ok(providers.update(id, ifMatch, request));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "退出名册(不再接受指派)")
    @StepResponses
    public ResponseEntity<ProviderView> deactivate(@PathVariable UUID id,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Answers.ok(providers.deactivate(id, ifMatch));
    }
}
