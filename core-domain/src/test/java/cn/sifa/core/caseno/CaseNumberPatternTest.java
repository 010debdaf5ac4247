package cn.sifa.core.caseno;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNumberPatternTest {

    @Test
    void theDefaultPatternGivesTheOfficialStyle() {
        assertThat(CaseNumberPattern.format(CaseNumberPattern.DEFAULT, "开福", "调", 2026, 12)).isEqualTo("开福调〔2026〕12号");
    }

    @Test
    void aSequenceCanBeZeroPadded() {
        assertThat(CaseNumberPattern.format("{abbr}司法{series}字〔{year}〕第{seq:4}号", "缙云", "援", 2026, 7))
                .isEqualTo("缙云司法援字〔2026〕第0007号");
    }

    @Test
    void aPatternMustHaveASequenceAndOnlyKnownPlaceholders() {
        assertThat(CaseNumberPattern.problemWith(CaseNumberPattern.DEFAULT)).isEmpty();
        assertThat(CaseNumberPattern.problemWith("{abbr}{series}〔{year}〕号")).get().asString().contains("{seq}");
        assertThat(CaseNumberPattern.problemWith("{abbr}{serial}{seq}")).get().asString().contains("未知");
        assertThat(CaseNumberPattern.problemWith("{abbr}{seq")).isPresent();
        assertThat(CaseNumberPattern.problemWith("{year:4}{seq}")).isPresent();
    }
}
