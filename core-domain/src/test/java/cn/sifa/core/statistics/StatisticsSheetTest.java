package cn.sifa.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.junit.jupiter.api.Test;

import cn.sifa.core.organization.OrganizationType;
import cn.sifa.core.statistics.StatisticsSheet.Row;

/** A statistics view read as (类别, 指标, 数值, 说明) rows, labelled from its @Schema descriptions. */
class StatisticsSheetTest {

    record Count(@Schema(description = "代码") String code, @Schema(description = "名称") String label,
                 @Schema(description = "数量") long count) {
    }

    record Unit(@Schema(description = "ID") UUID id, @Schema(description = "名称") String name,
                @Schema(description = "类型") String type, @Schema(description = "类型名称") String typeLabel,
                @Schema(description = "登记") long registered, @Schema(description = "金额(元)") BigDecimal amount) {
    }

    record Section(@Schema(description = "按时公示率:按时公示 / 应公示") Rate publication,
                   @Schema(description = "按类别") List<Count> byType) {
    }

    record View(@Schema(description = "行政区划代码") String divisionCode,
                @Schema(description = "行政区划名称") String divisionName,
                @Schema(description = "起(含)") LocalDate from,
                @Schema(description = "止(含)") LocalDate to,
                @Schema(description = "登记(收案日期在期间内)") long registered,
                @Schema(description = "调解成功率 = 成功 / 办结") Rate successRate,
                @Schema(description = "空比率") Rate emptyRate,
                @Schema(description = "同比增长(0.2 即 +20%),上年同期为 0 时为 null") Double growth,
                @Schema(description = "无同比增长,上年同期为 0 时为 null") Double noGrowth,
                @Schema(description = "金额(元)") BigDecimal amount,
                @Schema(description = "三项制度") Section threeSystems,
                @Schema(description = "按单位") List<Unit> units,
                @Schema(description = "按组织类型") Map<OrganizationType, Long> byOrganisation,
                long undocumented) {
    }

    static final View VIEW = new View("430105", "开福区", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 3,
            Rate.of(49, 52), Rate.of(0, 0), 0.2, null, new BigDecimal("25000.00"),
            new Section(Rate.of(1, 2), List.of(new Count("PENALTY", "行政处罚", 7))),
            List.of(new Unit(UUID.randomUUID(), "东风路调委会", "TOWNSHIP", "乡镇(街道)", 5, new BigDecimal("300.50"))),
            new LinkedHashMap<>(Map.of(OrganizationType.values()[0], 4L)), 9);

    @Test
    void figuresAreLabelledFromTheirSchemaDescriptionWithTheDefinitionAsNote() {
        List<Row> rows = StatisticsSheet.rows(VIEW);
        assertThat(rows).contains(
                new Row("", "行政区划名称", "开福区", ""),
                new Row("", "起(含)", LocalDate.of(2026, 1, 1), ""),
                new Row("", "登记(收案日期在期间内)", 3L, ""),
                new Row("", "调解成功率", "94.23%(49/52)", "成功 / 办结"),
                new Row("", "空比率", "—(0/0)", ""),
                new Row("", "同比增长(0.2 即 +20%)", "20.00%", "上年同期为 0 时为—"),
                new Row("", "无同比增长", "—", "上年同期为 0 时为—"),
                new Row("", "金额(元)", new BigDecimal("25000.00"), ""),
                new Row("", "undocumented", 9L, ""));
        // the code beside its name is left out
        assertThat(rows).noneMatch(r -> r.figure().equals("行政区划代码"));
    }

    @Test
    void nestedRecordsListsAndMapsBecomeSectionsWithCodesByTheirLabels() {
        List<Row> rows = StatisticsSheet.rows(VIEW);
        assertThat(rows).contains(
                new Row("三项制度", "按时公示率", "50.00%(1/2)", "按时公示 / 应公示"),
                new Row("三项制度 · 按类别", "行政处罚", 7L, ""),
                new Row("按单位 · 东风路调委会", "类型名称", "乡镇(街道)", ""),
                new Row("按单位 · 东风路调委会", "登记", 5L, ""),
                new Row("按单位 · 东风路调委会", "金额(元)", new BigDecimal("300.50"), ""),
                new Row("按组织类型", OrganizationType.values()[0].label(), 4L, ""));
        assertThat(rows).noneMatch(r -> r.figure().equals("ID") || r.figure().equals("类型") || r.figure().equals("代码")
                || r.figure().equals("名称"));
    }

    @Test
    void aFallReadsWithTheMinusSignThatNoSpreadsheetTakesForAFormula() {
        assertThat(StatisticsSheet.cell(-0.1)).isEqualTo("\u221210.00%");
        assertThat(StatisticsSheet.cell(0.0)).isEqualTo("0.00%");
    }

    @Test
    void theFileIsNamedAfterTheTitleAndThePeriod() {
        assertThat(StatisticsSheet.filename("人民调解统计", VIEW)).isEqualTo("人民调解统计_2026-01-01至2026-06-30");
        assertThat(StatisticsSheet.filename("统计", Rate.of(1, 2))).isEqualTo("统计");
    }
}
