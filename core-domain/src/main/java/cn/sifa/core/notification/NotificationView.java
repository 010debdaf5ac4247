package cn.sifa.core.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.sifa.core.calendar.ClockConfiguration;

@Schema(description = "站内通知")
public record NotificationView(
        @Schema(description = "通知 ID", example = "3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10") UUID id,
        @Schema(description = "标题", example = "期限即将届满:调解期限") String title,
        @Schema(description = "内容", example = "开福调〔2026〕12号 的调解期限将于 2026-12-22 届满(还剩 3 个工作日)。依据:人民调解法第二十八条") String body,
        @Schema(description = "门户中要打开的页面路径,可为空", example = "/mediation/cases/3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10") String link,
        @Schema(description = "发出时间", example = "2026-12-17T09:15:00+08:00") OffsetDateTime createdAt,
        @Schema(description = "是否已读", example = "false") boolean read,
        @Schema(description = "阅读时间,未读为 null", example = "2026-12-17T10:02:11+08:00") OffsetDateTime readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getTitle(), n.getBody(), n.getLink(),
                n.getCreatedAt().atZone(ClockConfiguration.CHINA).toOffsetDateTime(), n.getReadAt() != null,
                n.getReadAt() == null ? null : n.getReadAt().atZone(ClockConfiguration.CHINA).toOffsetDateTime());
    }
}
