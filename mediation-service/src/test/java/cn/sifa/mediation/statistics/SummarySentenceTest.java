package cn.sifa.mediation.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sifa.core.statistics.Rate;
import cn.sifa.mediation.statistics.StatisticsView.Breakdown;

class SummarySentenceTest {

    @Test
    void theSentenceHasTheShapeOfTheKaifuHalfYearSummary() {
        List<Breakdown> byType = List.of(
                new Breakdown("MEDICAL", "医疗纠纷", 0, 130, 0, BigDecimal.ZERO),
                new Breakdown("TRAFFIC_ACCIDENT", "交通事故纠纷", 0, 104, 0, BigDecimal.ZERO),
                new Breakdown("LABOUR", "劳动人事争议", 0, 173, 0, BigDecimal.ZERO),
                new Breakdown("INTELLECTUAL_PROPERTY", "知识产权纠纷", 0, 5, 0, BigDecimal.ZERO),
                new Breakdown("OTHER", "其他纠纷", 0, 2974, 0, BigDecimal.ZERO),
                new Breakdown("ENVIRONMENT", "环境污染纠纷", 0, 0, 0, BigDecimal.ZERO));
        String s = MediationStatistics.summary("开福区", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30), 3386, byType,
                new BigDecimal("42503000.50"));
        assertThat(s).isEqualTo("2023年1月1日至2023年6月30日,开福区共成功调解各类矛盾纠纷3386起,其中,劳动人事争议173起,"
                + "医疗纠纷130起,交通事故纠纷104起,知识产权纠纷5起,争取赔(补)偿金额4250余万元。");
    }

    @Test
    void smallAmountsAreInYuanAndRoundTenThousandsHaveNoRemainder() {
        assertThat(MediationStatistics.money(new BigDecimal("8000"))).isEqualTo("8000元");
        assertThat(MediationStatistics.money(new BigDecimal("30000.00"))).isEqualTo("3万元");
    }

    @Test
    void ratesCarryNumeratorAndDenominator() {
        assertThat(Rate.of(4246, 4252).fraction()).isEqualTo(0.9986);
        assertThat(Rate.of(0, 0).fraction()).isNull();
    }
}
