package cn.sifa.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.calendar.ClockConfiguration;
import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class NotificationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationRepository repository;
    @Autowired
    OrganizationHeads defaultHeads;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    SifaPrincipal zhang;
    SifaPrincipal li;

    @BeforeEach
    void users() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        zhang = user("zhang-" + suffix, "张三");
        li = user("li-" + suffix, "李四");
    }

    static SifaPrincipal user(String subject, String name) {
        return new SifaPrincipal(subject, SifaPrincipal.Kind.STAFF, name, "330106", UUID.randomUUID(), Set.of(Role.MEDIATOR),
                Role.MEDIATOR.scopes());
    }

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    /** Notifications written at a given moment, so that "newest first" does not depend on timing. */
    void notifyAt(String instant, String recipient, String title) {
        Clock at = Clock.fixed(Instant.parse(instant), ClockConfiguration.CHINA);
        tx.executeWithoutResult(s -> new InAppNotifications(repository, defaultHeads, at)
                .notify(recipient, title, "正文:" + title, "/mediation/cases/1"));
    }

    @Test
    void aUserSeesOwnNotificationsUnreadFirstNewestFirst() throws Exception {
        notifyAt("2026-11-20T01:00:00Z", zhang.subject(), "第一条");
        notifyAt("2026-11-21T01:00:00Z", zhang.subject(), "第二条");
        notifyAt("2026-11-22T01:00:00Z", zhang.subject(), "第三条");
        notifyAt("2026-11-22T02:00:00Z", li.subject(), "给李四");

        mvc.perform(get("/api/core/v1/notifications").with(as(zhang)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].title").value(org.hamcrest.Matchers.contains("第三条", "第二条", "第一条")))
                .andExpect(jsonPath("$.content[0].createdAt").value("2026-11-22T09:00:00+08:00"))
                .andExpect(jsonPath("$.content[0].read").value(false))
                .andExpect(jsonPath("$.unreadCount").value(3))
                .andExpect(jsonPath("$.page.totalElements").value(3));

        String newest = jdbc.queryForObject("select id::text from core_notification where recipient = ? and title = '第三条'",
                String.class, zhang.subject());
        mvc.perform(post("/api/core/v1/notifications/{id}/read", newest).with(as(zhang)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true))
                .andExpect(jsonPath("$.readAt").exists());
        // Marking it again is harmless.
        mvc.perform(post("/api/core/v1/notifications/{id}/read", newest).with(as(zhang))).andExpect(status().isOk());

        mvc.perform(get("/api/core/v1/notifications").with(as(zhang)))
                .andExpect(jsonPath("$.content[*].title").value(org.hamcrest.Matchers.contains("第二条", "第一条", "第三条")))
                .andExpect(jsonPath("$.unreadCount").value(2));
        mvc.perform(get("/api/core/v1/notifications").param("unreadOnly", "true").param("size", "1").with(as(zhang)))
                .andExpect(jsonPath("$.content[*].title").value(org.hamcrest.Matchers.contains("第二条")))
                .andExpect(jsonPath("$.page.totalElements").value(2))
                .andExpect(jsonPath("$.page.totalPages").value(2));

        mvc.perform(post("/api/core/v1/notifications/read-all").with(as(zhang)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(2));
        mvc.perform(get("/api/core/v1/notifications").with(as(zhang)))
                .andExpect(jsonPath("$.unreadCount").value(0));
        // Li's notification is untouched by Zhang's "read all".
        mvc.perform(get("/api/core/v1/notifications").with(as(li)))
                .andExpect(jsonPath("$.content[*].title").value(org.hamcrest.Matchers.contains("给李四")))
                .andExpect(jsonPath("$.unreadCount").value(1));
    }

    @Test
    void nobodyReadsOrMarksAnotherUsersNotification() throws Exception {
        notifyAt("2026-11-22T01:00:00Z", zhang.subject(), "张三的通知");
        String id = jdbc.queryForObject("select id::text from core_notification where recipient = ?", String.class, zhang.subject());

        mvc.perform(post("/api/core/v1/notifications/{id}/read", id).with(as(li)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/not-found"));
        mvc.perform(get("/api/core/v1/notifications").with(as(li)))
                .andExpect(jsonPath("$.content.length()").value(0))
                .andExpect(jsonPath("$.unreadCount").value(0));
        assertThat(jdbc.queryForObject("select read_at is null from core_notification where id = ?::uuid", Boolean.class, id)).isTrue();

        mvc.perform(post("/api/core/v1/notifications/{id}/read", UUID.randomUUID()).with(as(zhang))).andExpect(status().isNotFound());
        mvc.perform(post("/api/core/v1/notifications/{id}/read", "not-a-uuid").with(as(zhang))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/core/v1/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/core/v1/notifications").param("size", "201").with(as(zhang))).andExpect(status().isBadRequest());
    }

    @Test
    void theHeadsOfAnOrganizationAreEachToldOnce() {
        UUID bureau = UUID.randomUUID();
        OrganizationHeads directory = org -> org.equals(bureau) ? List.of(zhang.subject(), li.subject(), zhang.subject()) : List.of();
        tx.executeWithoutResult(s -> new InAppNotifications(repository, directory, Clock.systemUTC())
                .notifyOrganizationHeads(bureau, "期限已逾期:调解期限", "开福调〔2026〕1号 已逾期", "/mediation/cases/1"));
        assertThat(count(zhang.subject())).isEqualTo(1);
        assertThat(count(li.subject())).isEqualTo(1);
    }

    @Test
    void withoutTheUserDirectoryNoOrganizationHasHeads() {
        assertThat(defaultHeads.subjectsOf(UUID.randomUUID())).isEmpty();
        UUID bureau = UUID.randomUUID();
        tx.executeWithoutResult(s -> notifications.notifyOrganizationHeads(bureau, "标题", "正文", null));
        assertThat(jdbc.queryForObject("select count(*) from core_notification where body = '正文' and title = '标题'", Long.class)).isZero();
    }

    long count(String recipient) {
        return jdbc.queryForObject("select count(*) from core_notification where recipient = ?", Long.class, recipient);
    }
}
