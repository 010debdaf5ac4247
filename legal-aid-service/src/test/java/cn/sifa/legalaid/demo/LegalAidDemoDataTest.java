package cn.sifa.legalaid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.sifa.core.demo.DemoCounties;
import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.legalaid.LegalAidApiTest;
import cn.sifa.legalaid.aidcase.CaseService;
import cn.sifa.legalaid.consultation.ConsultationLog;
import cn.sifa.legalaid.duty.DutyLawyerRegister;
import cn.sifa.legalaid.application.ApplicationService;
import cn.sifa.legalaid.provider.ProviderService;

/** The demo seeder runs through the services for a county, spreads records over the states, and runs once. */
class LegalAidDemoDataTest extends LegalAidApiTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CaseService cases;
    @Autowired
    ProviderService providers;
    @Autowired
    DutyLawyerRegister duty;
    @Autowired
    ConsultationLog consultations;

    @Test
    void seedsACountyOnceThroughTheAggregates() {
        DemoCounty rongcheng = DemoCounties.of("371082").orElseThrow();
        ensureBureau(rongcheng.code(), "荣成市司法局", "荣成");
        LegalAidDemoData demo = new LegalAidDemoData(applications, cases, providers, duty, consultations, jdbc);
        assertThat(demo.seeded(rongcheng)).isFalse();
        CurrentCaller.runAsSystem(() -> demo.seed(rongcheng, today()));
        assertThat(demo.seeded(rongcheng)).isTrue();
        assertThat(count("la_application", "division_code = ?", rongcheng.code())).isGreaterThan(15);
        assertThat(count("la_application", "division_code = ? and status = 'REFUSED'", rongcheng.code())).isPositive();
        assertThat(count("la_case", "division_code = ? and status = 'CLOSED'", rongcheng.code())).isPositive();
        assertThat(count("la_case", "division_code = ? and source = 'NOTIFICATION'", rongcheng.code())).isPositive();
        assertThat(count("core_deadline", "division_code = ? and record_type = 'legal-aid-case'", rongcheng.code())).isPositive();
        assertThat(count("la_duty_lawyer_service", "division_code = ? and plea_leniency", rongcheng.code())).isGreaterThan(10);
        assertThat(count("la_duty_lawyer_service", "division_code = ? and post_kind = 'DETENTION_HOUSE'", rongcheng.code())).isPositive();
        assertThat(count("la_consultation", "division_code = ? and channel = 'HOTLINE_12348'", rongcheng.code())).isPositive();
        assertThat(count("la_application", "division_code = ? and detained and status = 'AWAITING_FORWARDING'", rongcheng.code())).isEqualTo(1);
        assertThat(count("la_application", "division_code = ? and detained and forwarded_on is not null", rongcheng.code())).isEqualTo(3);
        assertThat(count("la_case", "division_code = ? and termination_objection_filed_on is not null", rongcheng.code())).isEqualTo(2);
        assertThat(count("la_case", "division_code = ? and status = 'CLOSED' and subsidy_amount > 0", rongcheng.code())).isPositive();
        assertThat(count("la_case_document", "case_id in (select id from la_case where division_code = ?)", rongcheng.code())).isPositive();
    }
}
