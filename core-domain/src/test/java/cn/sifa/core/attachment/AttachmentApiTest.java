package cn.sifa.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.sifa.core.security.Role;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;

@SifaIntegrationTest
@AutoConfigureMockMvc
class AttachmentApiTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static final SifaPrincipal KAIFU = TestCallers.staff("430105", Role.MEDIATION_STAFF);

    static RequestPostProcessor as(SifaPrincipal principal) {
        return authentication(TestCallers.authentication(principal));
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zipWith(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private MvcResult upload(MockMultipartFile file, UUID recordId, SifaPrincipal who) throws Exception {
        return mvc.perform(multipart("/api/core/v1/attachments").file(file).param("recordType", "mediation-case")
                .param("recordId", recordId.toString()).with(as(who))).andReturn();
    }

    @Test
    void anUploadIsStoredWithItsHashAndDownloadsWithItsChineseName() throws Exception {
        UUID recordId = UUID.randomUUID();
        byte[] content = pdf();
        MvcResult created = upload(new MockMultipartFile("file", "调解协议书.pdf", "application/pdf", content), recordId, KAIFU);
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/core/v1/attachments/");
        String id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get("/api/core/v1/attachments").param("recordId", recordId.toString()).with(as(KAIFU)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].filename").value("调解协议书.pdf"))
                .andExpect(jsonPath("$[0].size").value(content.length))
                .andExpect(jsonPath("$[0].sha256").value(AttachmentService.sha256(content)))
                .andExpect(jsonPath("$[0].uploadedBy").value("测试用户"));

        MvcResult download = mvc.perform(get("/api/core/v1/attachments/" + id + "/content").with(as(KAIFU)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''%E8%B0%83%E8%A7%A3%E5%8D%8F%E8%AE%AE%E4%B9%A6.pdf")))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(content);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_audit_event WHERE action = 'attachment.download' AND target_id = ?",
                Integer.class, recordId.toString())).isEqualTo(1);
    }

    @Test
    void anotherCountyCannotListOrDownload() throws Exception {
        UUID recordId = UUID.randomUUID();
        MvcResult created = upload(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf()), recordId, KAIFU);
        String location = created.getResponse().getHeader("Location");
        SifaPrincipal rongcheng = TestCallers.staff("371082", Role.MEDIATION_STAFF);
        mvc.perform(get(location + "/content").with(as(rongcheng))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(as(rongcheng))).andExpect(status().isNotFound());
        mvc.perform(get("/api/core/v1/attachments").param("recordId", recordId.toString()).with(as(rongcheng)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    /** A missing parameter is named as the clerk reads it (issue 14: not a bare "缺少参数 recordId"). */
    @Test
    void aMissingParameterIsNamedByItsDescription() throws Exception {
        mvc.perform(get("/api/core/v1/attachments").with(as(KAIFU)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordId"))
                .andExpect(jsonPath("$.errors[0].code").value("required"))
                .andExpect(jsonPath("$.errors[0].message").value("请提供所属记录 ID(recordId)"));
    }

    @Test
    void contentThatIsNotTheDeclaredTypeIsRefused() throws Exception {
        UUID recordId = UUID.randomUUID();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        mvc.perform(multipart("/api/core/v1/attachments").file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", exe))
                        .param("recordType", "mediation-case").param("recordId", recordId.toString()).with(as(KAIFU)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/content-type-mismatch"));
        mvc.perform(multipart("/api/core/v1/attachments").file(new MockMultipartFile("file", "photo.png", "image/png", pdf()))
                        .param("recordType", "mediation-case").param("recordId", recordId.toString()).with(as(KAIFU)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/content-type-mismatch"));
        // A zip that is not a Word document, declared as one.
        mvc.perform(multipart("/api/core/v1/attachments").file(new MockMultipartFile("file", "a.docx", DOCX, zipWith("xl/workbook.xml")))
                        .param("recordType", "mediation-case").param("recordId", recordId.toString()).with(as(KAIFU)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/content-type-mismatch"));
        mvc.perform(multipart("/api/core/v1/attachments").file(new MockMultipartFile("file", "run.sh", "application/x-sh", "#!/bin/sh".getBytes()))
                        .param("recordType", "mediation-case").param("recordId", recordId.toString()).with(as(KAIFU)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unsupported-type"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM core_attachment WHERE record_id = ?", Integer.class, recordId)).isZero();
    }

    @Test
    void officeImagesAndTextPassTheirChecks() throws Exception {
        UUID recordId = UUID.randomUUID();
        assertThat(upload(new MockMultipartFile("file", "笔录.docx", DOCX, zipWith("word/document.xml")), recordId, KAIFU)
                .getResponse().getStatus()).isEqualTo(201);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(upload(new MockMultipartFile("file", "现场.png", "image/png", png), recordId, KAIFU).getResponse().getStatus()).isEqualTo(201);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        // Declared only by its name: browsers sometimes send application/octet-stream.
        assertThat(upload(new MockMultipartFile("file", "身份证.jpg", "application/octet-stream", jpeg), recordId, KAIFU)
                .getResponse().getStatus()).isEqualTo(201);
        byte[] gbkText = "申请人:张三\r\n".getBytes("GB18030");
        assertThat(upload(new MockMultipartFile("file", "说明.txt", "text/plain", gbkText), recordId, KAIFU).getResponse().getStatus()).isEqualTo(201);
        mvc.perform(get("/api/core/v1/attachments").param("recordId", recordId.toString()).with(as(KAIFU)))
                .andExpect(jsonPath("$[*].contentType").value(org.hamcrest.Matchers.containsInAnyOrder(DOCX, "image/png", "image/jpeg", "text/plain")));
    }

    @Test
    void anUploadOverTheLimitIsTooLarge() throws Exception {
        byte[] big = Arrays.copyOf(pdf(), 20 * 1024 * 1024 + 1);
        mvc.perform(multipart("/api/core/v1/attachments").file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .param("recordType", "mediation-case").param("recordId", UUID.randomUUID().toString()).with(as(KAIFU)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://sifa.cn/problems/payload-too-large"));
    }

    @Test
    void readOnlyCallersCannotUpload() throws Exception {
        assertThat(upload(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf()), UUID.randomUUID(),
                TestCallers.client("430105", "mediation.read")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aClientPathInTheFilenameIsDropped() {
        assertThat(AttachmentService.cleanFilename("C:\\fakepath\\证据.pdf")).isEqualTo("证据.pdf");
        assertThat(AttachmentService.cleanFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentService.cleanFilename("")).isEqualTo("附件");
    }
}
