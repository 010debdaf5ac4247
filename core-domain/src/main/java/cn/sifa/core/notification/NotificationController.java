package cn.sifa.core.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.web.Paging;

/** The caller's own notifications. There is no way to address anyone else's: another user's id answers 404. */
@RestController
@RequestMapping("/api/core/v1/notifications")
@Tag(name = "站内通知", description = "当前用户自己的站内通知(期限提醒等)")
class NotificationController {

    private final InAppNotifications notifications;

    NotificationController(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "我的通知:未读在前,新的在前,附未读总数", responses = {
            @ApiResponse(responseCode = "200", description = "通知列表"),
            @ApiResponse(responseCode = "400", description = "分页参数不合法"),
            @ApiResponse(responseCode = "401", description = "未登录")})
    NotificationPage mine(
            @Parameter(description = "只看未读", example = "false") @RequestParam(defaultValue = "false") boolean unreadOnly,
            @Parameter(description = "页码,从 0 开始", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "每页条数(1–200)", example = "20") @RequestParam(required = false) Integer size) {
        return notifications.inbox(CurrentCaller.get().subject(), unreadOnly,
                Paging.of(page, size, List.of(), Map.of(), Sort.unsorted()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "标记一条通知为已读(重复标记无副作用)", responses = {
            @ApiResponse(responseCode = "200", description = "已读的通知"),
            @ApiResponse(responseCode = "401", description = "未登录"),
            @ApiResponse(responseCode = "404", description = "通知不存在或不属于当前用户")})
    NotificationView read(@Parameter(description = "通知 ID") @PathVariable UUID id) {
        return notifications.markRead(CurrentCaller.get().subject(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "把我的全部通知标记为已读", responses = {
            @ApiResponse(responseCode = "200", description = "本次标记的条数"),
            @ApiResponse(responseCode = "401", description = "未登录")})
    ReadAllView readAll() {
        return new ReadAllView(notifications.markAllRead(CurrentCaller.get().subject()));
    }

    @Schema(description = "全部已读的结果")
    record ReadAllView(@Schema(description = "本次由未读变为已读的条数", example = "4") int marked) {
    }
}
