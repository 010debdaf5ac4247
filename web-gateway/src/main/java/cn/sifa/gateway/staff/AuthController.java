package cn.sifa.gateway.staff;

import java.util.Comparator;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaAuthentication;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.gateway.calllog.CallLogFilter;
import cn.sifa.gateway.security.StaffSessionRepository;

/** Portal login with a server-side session: the browser holds only the session and CSRF cookies, never a token. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "登录", description = "门户工作人员登录(服务端会话 + CSRF)")
@Validated
class AuthController {

    private final StaffAccounts accounts;
    private final StaffSessionRepository sessions;
    private final Organizations organizations;
    private final DivisionRepository divisions;

    AuthController(StaffAccounts accounts, StaffSessionRepository sessions, Organizations organizations, DivisionRepository divisions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.organizations = organizations;
        this.divisions = divisions;
    }

    @Schema(description = "登录请求")
    record LoginRequest(
            @Schema(description = "用户名", example = "mediation") @NotBlank @Size(max = 50) String username,
            @Schema(description = "密码", example = "Sifa@2026demo") @NotBlank @Size(max = 200) String password) {
    }

    @PostMapping("/login")
    @Operation(summary = "登录", description = "成功后建立服务端会话(30 分钟无操作过期)。15 分钟内连续失败 5 次锁定账户 15 分钟。需携带 X-XSRF-TOKEN 请求头。")
    @ApiResponse(responseCode = "200", description = "登录成功")
    @ApiResponse(responseCode = "400", description = "缺少用户名或密码", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "用户名或密码错误(bad-credentials),或账户已锁定(account-locked)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "CSRF 令牌缺失", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    MeView login(@RequestBody @Validated LoginRequest request, HttpServletRequest http, HttpServletResponse response) {
        http.setAttribute(CallLogFilter.LOGIN_USERNAME, request.username());
        accounts.divisionOf(request.username()).ifPresent(d -> http.setAttribute(CallLogFilter.LOGIN_DIVISION, d));
        SifaPrincipal principal = accounts.login(request.username(), request.password());
        UUID userId = accounts.idOf(principal.subject()).orElseThrow();
        // A fresh session id on login (session fixation).
        HttpSession existing = http.getSession(false);
        if (existing != null) {
            http.changeSessionId();
        }
        var context = new SecurityContextImpl(new SifaAuthentication(principal, userId));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, http, response);
        return viewOf(principal);
    }

    @PostMapping("/logout")
    @Operation(summary = "退出登录", description = "销毁服务端会话")
    @ApiResponse(responseCode = "204", description = "已退出")
    ResponseEntity<Void> logout(HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户", description = "同时下发 XSRF-TOKEN Cookie(未登录时也下发)")
    @ApiResponse(responseCode = "200", description = "当前登录用户")
    @ApiResponse(responseCode = "401", description = "未登录", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    MeView me(CsrfToken csrf) {
        csrf.getToken(); // materializes the XSRF-TOKEN cookie for the portal
        SifaPrincipal principal = CurrentCaller.find().filter(p -> p.kind() == SifaPrincipal.Kind.STAFF)
                .orElseThrow(() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("未登录"));
        return viewOf(principal);
    }

    private MeView viewOf(SifaPrincipal p) {
        String divisionName = divisions.findById(p.divisionCode()).map(d -> d.getName()).orElse(p.divisionCode());
        String organizationName = p.organizationId() == null ? null
                : CurrentCaller.runAsSystem(() -> organizations.find(p.organizationId())).map(OrganizationRef::name).orElse(null);
        var roles = p.roles().stream().sorted(Comparator.comparing(Enum::ordinal))
                .map(r -> new MeView.RoleView(r.name(), r.label())).toList();
        return new MeView(p.subject(), p.displayName(), p.divisionCode(), divisionName, p.organizationId(), organizationName,
                roles, p.scopes().stream().sorted().toList(), PortalPermissions.of(p));
    }
}
