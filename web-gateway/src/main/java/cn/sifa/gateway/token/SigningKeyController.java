package cn.sifa.gateway.token;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.Role;
import cn.sifa.core.error.ForbiddenException;

/** Signing-key rotation (SYSTEM_ADMIN only: a client with core.admin may not rotate the platform's keys). */
@RestController
@RequestMapping("/api/core/v1/admin/signing-keys")
@Tag(name = "签名密钥", description = "JWT 签名密钥轮换(系统管理员)")
@ApiResponse(responseCode = "401", description = "未认证", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "不是系统管理员", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class SigningKeyController {

    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @Schema(description = "已发布的签名密钥")
    record KeysView(
            @Schema(description = "当前用于签名的密钥 ID", example = "sifa-2026-11-22-1a2b3c4d") String activeKid,
            @Schema(description = "JWK 集合中发布的全部密钥 ID(含尚未退役的旧密钥)", example = "[\"sifa-2026-11-22-1a2b3c4d\"]") List<String> publishedKids) {
    }

    @GetMapping
    @Operation(summary = "查看签名密钥", description = "公钥见 /oauth2/jwks")
    @ApiResponse(responseCode = "200", description = "密钥 ID")
    KeysView list() {
        requireAdmin();
        return view();
    }

    @PostMapping("/rotate")
    @Operation(summary = "轮换签名密钥", description = "新增一把密钥并用于签名;旧密钥继续在 /oauth2/jwks 发布,直到其签发的令牌全部过期(约 12 分钟)")
    @ApiResponse(responseCode = "200", description = "轮换后的密钥")
    KeysView rotate() {
        requireAdmin();
        keys.rotate();
        return view();
    }

    private KeysView view() {
        return new KeysView(keys.activeKid(), keys.publicSet().getKeys().stream().map(k -> k.getKeyID()).toList());
    }

    private static void requireAdmin() {
        if (!CurrentCaller.get().hasRole(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以管理签名密钥");
        }
    }
}
