package cn.sifa.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionsTest {

    @Test
    void aChineseFilenameIsRfc5987EncodedWithAnAsciiFallback() {
        assertThat(ContentDispositions.attachment("调解案件 2026.csv"))
                .isEqualTo("attachment; filename=\"____ 2026.csv\"; filename*=UTF-8''%E8%B0%83%E8%A7%A3%E6%A1%88%E4%BB%B6%202026.csv");
    }

    @Test
    void quotesAndControlCharactersCannotBreakTheHeader() {
        assertThat(ContentDispositions.attachment("a\"b\r\n.txt")).startsWith("attachment; filename=\"a_b.txt\";");
    }
}
