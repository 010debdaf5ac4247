package cn.sifa.core.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.web.PageView;

/** The paged list of CONVENTIONS.md plus the badge count. */
@Schema(description = "我的通知(未读在前,新的在前)")
public record NotificationPage(
        @Schema(description = "本页通知") List<NotificationView> content,
        @Schema(description = "分页信息") PageView.PageMeta page,
        @Schema(description = "未读通知总数", example = "4") long unreadCount) {
}
