package cn.sifa.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.gateway.Http;
import cn.sifa.gateway.SifaApplication;
import cn.sifa.gateway.demo.DemoAccounts;

/**
 * Logs never hold personal data or secrets: every log event of a whole workflow over real HTTP (a token, a staff
 * login and a failed one, a mediation case with the parties' ID numbers and phones, its detail and list, a complaint
 * with a phone, invalid input echoing an ID number, a bad client secret) is captured from the root logger, with its
 * MDC and stack trace (the platform's own loggers at DEBUG), and scanned for the values sent and for anything shaped like an ID number or a mobile number.
 */
@SifaIntegrationTest(classes = SifaApplication.class)
class SensitiveLogTest {

    /** GB 11643 shape (17 digits and a check character) and a mainland mobile number, not inside a longer number. */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])[0-9]{5}[0-9Xx](?![0-9])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    static final String APPLICANT_ID = "11010519491231002X";
    static final String RESPONDENT_ID = "430105198807150012";
    static final String APPLICANT_PHONE = "13912345678";
    static final String COMPLAINANT_PHONE = "13787654321";

    @LocalServerPort
    int port;

    @Test
    void aWholeWorkflowLogsNoIdNumberPhoneTokenPasswordOrSecret() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Capture capture = new Capture(lines);
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        capture.setContext(root.getLoggerContext());
        capture.start();
        root.addAppender(capture);
        Logger platform = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("cn.sifa");
        ch.qos.logback.classic.Level level = platform.getLevel();
        platform.setLevel(ch.qos.logback.classic.Level.DEBUG);
        LoggerFactory.getLogger(SensitiveLogTest.class).info("capturing the logs of a whole workflow");
        String token;
        String session;
        try {
            token = Http.accessToken(port, "kaifu-county", "kaifu-demo-secret");
            Http county = new Http(port).bearer(token).timeout(Duration.ofSeconds(60));
            Http.Response created = county.post("/api/mediation/v1/cases", Map.of(
                    "source", "PARTY_APPLICATION", "disputeType", "NEIGHBOUR", "summary", "日志检查:相邻排水纠纷",
                    "receivedOn", "2026-11-02",
                    "parties", List.of(
                            Map.of("role", "APPLICANT", "kind", "PERSON", "name", "张日志", "idNumber", APPLICANT_ID, "phone", APPLICANT_PHONE),
                            Map.of("role", "RESPONDENT", "kind", "PERSON", "name", "李日志", "idNumber", RESPONDENT_ID, "phone", "13600001111"))));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            assertThat(county.get("/api/mediation/v1/cases/" + id).status()).isEqualTo(200);
            assertThat(county.get("/api/mediation/v1/cases?q=张日志").status()).isEqualTo(200);
            // invalid input that carries an ID number and a phone: the 400 must not log them either
            Http.Response invalid = county.post("/api/mediation/v1/cases", Map.of("source", "PARTY_APPLICATION",
                    "disputeType", "NEIGHBOUR", "summary", "x", "parties", List.of(Map.of("role", "APPLICANT", "kind", "PERSON",
                            "name", "王", "idNumber", "110105194912310021", "phone", "13511112222"))));
            assertThat(invalid.status()).isEqualTo(400);

            Http.Response agencies = county.get("/api/enforcement/v1/agencies?size=1");
            String agency = agencies.json().get("content").get(0).get("id").asString();
            Http.Response complaint = county.post("/api/enforcement/v1/complaints", Map.of("agencyId", agency,
                    "complainantName", "赵日志", "complainantPhone", COMPLAINANT_PHONE, "summary", "日志检查投诉", "receivedOn", "2026-11-02"));
            assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);

            Http staff = new Http(port).timeout(Duration.ofSeconds(60));
            assertThat(staff.login("mediation", DemoAccounts.PASSWORD).status()).isEqualTo(200);
            session = staff.cookie("SESSION") != null ? staff.cookie("SESSION") : staff.cookie("JSESSIONID");
            assertThat(staff.get("/api/mediation/v1/cases/" + id).status()).isEqualTo(200);
            assertThat(new Http(port).login("mediation", "Wrong#Password1").status()).isEqualTo(401);
            assertThat(new Http(port).token("kaifu-county", "not-the-secret-" + UUID.randomUUID(), null).status()).isEqualTo(401);
        } finally {
            root.detachAppender(capture);
            platform.setLevel(level);
            capture.stop();
        }

        assertThat(lines).as("log events captured").anyMatch(l -> l.contains("capturing the logs of a whole workflow"));
        String all = String.join("\n", lines);
        for (String secret : List.of(APPLICANT_ID, RESPONDENT_ID, "110105194912310021", APPLICANT_PHONE, COMPLAINANT_PHONE,
                "13511112222", "13600001111", "kaifu-demo-secret", DemoAccounts.PASSWORD, "Wrong#Password1", token)) {
            assertThat(all).as("logs contain " + secret.substring(0, Math.min(12, secret.length())) + "…").doesNotContain(secret);
        }
        if (session != null) {
            assertThat(all).as("logs contain the session id").doesNotContain(session);
        }
        for (Pattern shape : List.of(ID_NUMBER, MOBILE)) {
            Matcher m = shape.matcher(all);
            assertThat(m.find()).as(() -> "log line with " + shape + ": " + lineAt(all, m)).isFalse();
        }
    }

    private static String lineAt(String all, Matcher m) {
        int start = all.lastIndexOf('\n', m.start()) + 1;
        int end = all.indexOf('\n', m.end());
        return all.substring(start, end < 0 ? all.length() : end);
    }

    /** Every event as it would be written: level, logger, message, MDC and stack trace. */
    static final class Capture extends AppenderBase<ILoggingEvent> {
        private final List<String> lines;

        Capture(List<String> lines) {
            this.lines = lines;
        }

        @Override
        protected void append(ILoggingEvent e) {
            StringBuilder line = new StringBuilder().append(e.getLevel()).append(' ').append(e.getLoggerName()).append(' ')
                    .append(e.getFormattedMessage()).append(' ').append(e.getMDCPropertyMap());
            if (e.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
            }
            lines.add(line.toString());
        }
    }
}
