package cn.sifa.core.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.sifa.core.security.SifaPrincipal;

/**
 * The one base of every service's API tests: MockMvc as a given caller (a county's client or a staff member), JSON
 * in and out, row counts, and the fixed {@link TestClock}. A service's own abstract base only adds
 * {@code @SifaIntegrationTest(classes = TheServiceTestApplication.class)} and its record builders.
 */
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class ApiTestSupport {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TestClock clock;

    protected static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    protected ResultActions perform(SifaPrincipal who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(who)));
    }

    protected ResultActions postJson(SifaPrincipal who, String path, String json) throws Exception {
        return perform(who, withJson(post(path), json));
    }

    protected ResultActions postJson(SifaPrincipal who, String path, String ifMatch, String json) throws Exception {
        return perform(who, withJson(post(path), json).header("If-Match", ifMatch));
    }

    protected ResultActions getJson(SifaPrincipal who, String path) throws Exception {
        return perform(who, get(path).accept(MediaType.APPLICATION_JSON));
    }

    /**
     * A GET exported as {@code accept} (text/csv or the XLSX type), read back: 200, that content type, an attachment.
     */
    protected ExportedSheet exported(SifaPrincipal who, String path, String accept) throws Exception {
        MvcResult result = perform(who, get(path).header("Accept", accept)).andReturn();
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentType()).startsWith(accept);
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        return accept.startsWith("text/csv") ? ExportedSheet.csv(bytes) : ExportedSheet.xlsx(bytes);
    }

    /** Runs {@code check} on the CSV and on the Excel export of the GET {@code path}. */
    protected void inBothExports(SifaPrincipal who, String path, java.util.function.Consumer<ExportedSheet> check) throws Exception {
        for (String type : java.util.List.of(cn.sifa.core.export.ExportFormat.CSV_TYPE, cn.sifa.core.export.ExportFormat.XLSX_TYPE)) {
            check.accept(exported(who, path, type));
        }
    }

    protected LocalDate today() {
        return clock.today();
    }

    protected long count(String table, String where, Object... args) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + where, Long.class, args);
    }

    protected static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }

    protected static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected static <T> T read(MvcResult result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }

    private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder b, String json) {
        return json == null ? b : b.contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
