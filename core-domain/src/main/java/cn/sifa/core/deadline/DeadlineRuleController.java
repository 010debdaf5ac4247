package cn.sifa.core.deadline;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.calendar.CoreAdmin;
import cn.sifa.core.error.ForbiddenException;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.PageView;
import cn.sifa.core.web.Paging;

/** Deadline rules: readable by everyone signed in; a province's override is set by an admin of that province. */
@RestController
@RequestMapping("/api/core/v1/deadline-rules")
@Tag(name = "期限规则", description = "法定期限规则(全国默认与各省设置)")
class DeadlineRuleController {

    private final DeadlineRuleRepository repository;
    private final DeadlineRules rules;
    private final DivisionScope scope;

    DeadlineRuleController(DeadlineRuleRepository repository, DeadlineRules rules, DivisionScope scope) {
        this.repository = repository;
        this.rules = rules;
        this.scope = scope;
    }

    @GetMapping
    @Operation(summary = "期限规则列表(按代码,全国默认在前)", responses = {
            @ApiResponse(responseCode = "200", description = "规则"),
            @ApiResponse(responseCode = "400", description = "分页参数不合法"),
            @ApiResponse(responseCode = "401", description = "未登录")})
    PageView<DeadlineRuleView> list(
            @Parameter(description = "只看该规则代码", example = "REVIEW_DECISION") @RequestParam(required = false) String code,
            @Parameter(description = "只看全国默认和该省的设置", example = "430000") @RequestParam(required = false) String provinceCode,
            @Parameter(description = "页码,从 0 开始", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数(1–200)", example = "200") @RequestParam(required = false) Integer size) {
        return PageView.of(repository.findAll(DeadlineRuleRepository.search(blankToNull(code), blankToNull(provinceCode)),
                Paging.of(page, size, List.of(), Map.of(), Sort.unsorted())), DeadlineRuleView::of);
    }

    @PutMapping("/{code}/provinces/{provinceCode}")
    @Operation(summary = "设置某省的期限规则(覆盖全国默认;只影响此后开始计算的期限)", responses = {
            @ApiResponse(responseCode = "200", description = "已更新的本省设置"),
            @ApiResponse(responseCode = "201", description = "新建的本省设置"),
            @ApiResponse(responseCode = "400", description = "数量不是正整数、单位无效、缺少依据、省级代码无效"),
            @ApiResponse(responseCode = "401", description = "未登录"),
            @ApiResponse(responseCode = "403", description = "不是管理员,或该省不在管辖范围内"),
            @ApiResponse(responseCode = "404", description = "没有这条全国规则"),
            @ApiResponse(responseCode = "409", description = "被他人同时修改"),
            @ApiResponse(responseCode = "412", description = "If-Match 与当前版本不符")})
    ResponseEntity<DeadlineRuleView> setOverride(
            @Parameter(description = "规则代码", example = "MEDIATION_TIME_LIMIT") @PathVariable String code,
            @Parameter(description = "省级行政区划代码", example = "430000") @PathVariable String provinceCode,
            @Parameter(description = "上次读取的 ETag") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DeadlineRuleOverrideRequest request) {
        checkAdminOf(provinceCode);
        DeadlineUnit unit = request.validate();
        DeadlineRules.OverrideResult result = rules.setProvinceOverride(code, provinceCode, request.amount(), unit,
                request.basis().trim(), trimmed(request.label()), trimmed(request.anchorEvent()), ifMatch);
        DeadlineRuleView view = DeadlineRuleView.of(result.rule());
        ResponseEntity.BodyBuilder answer = result.created()
                ? ResponseEntity.created(URI.create("/api/core/v1/deadline-rules/" + code + "/provinces/" + provinceCode))
                : ResponseEntity.ok();
        return answer.eTag(Etags.of(view.version())).body(view);
    }

    @DeleteMapping("/{code}/provinces/{provinceCode}")
    @Operation(summary = "删除某省的设置,恢复全国默认规则", responses = {
            @ApiResponse(responseCode = "204", description = "已删除"),
            @ApiResponse(responseCode = "400", description = "省级代码无效"),
            @ApiResponse(responseCode = "401", description = "未登录"),
            @ApiResponse(responseCode = "403", description = "不是管理员,或该省不在管辖范围内"),
            @ApiResponse(responseCode = "404", description = "该省没有这条规则的设置")})
    ResponseEntity<Void> removeOverride(
            @Parameter(description = "规则代码", example = "MEDIATION_TIME_LIMIT") @PathVariable String code,
            @Parameter(description = "省级行政区划代码", example = "430000") @PathVariable String provinceCode) {
        checkAdminOf(provinceCode);
        rules.removeProvinceOverride(code, provinceCode);
        return ResponseEntity.noContent().build();
    }

    /** A province's rules belong to that province: an admin of a county or of another province may not change them. */
    private void checkAdminOf(String provinceCode) {
        SifaPrincipal admin = CoreAdmin.require("设置期限规则");
        if (admin.kind() != SifaPrincipal.Kind.SYSTEM && !scope.contains(provinceCode)) {
            throw new ForbiddenException("只能设置本省的期限规则,省级行政区划 " + provinceCode + " 不在管辖范围内");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
