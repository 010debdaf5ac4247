package cn.sifa.correction.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sifa.correction.CorrectionApiTest;

class EducationApiTest extends CorrectionApiTest {

    private static final LocalDate ADULT = LocalDate.of(1979, 4, 1);

    private BigDecimal hours(String field) throws Exception {
        return new BigDecimal(read(getJson(staff, API + "/statistics"), "$." + field).toString());
    }

    @Test
    void educationAndCommunityServiceHoursAreSummedInTheStatistics() throws Exception {
        String subject = underCorrection("PROBATION", "", idNumber("education", ADULT));
        BigDecimal education = hours("educationHours");
        BigDecimal service = hours("communityServiceHours");
        postJson(staff, subject + "/education-records", "{\"type\":\"LEGAL_EDUCATION\",\"topic\":\"社区矫正法学习\",\"hours\":2}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("EDUCATION"));
        postJson(staff, subject + "/community-service", "{\"content\":\"社区环境清扫\",\"place\":\"四方坪街道\",\"hours\":4.5}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.hours").value(4.5));
        assertThat(hours("educationHours")).isEqualByComparingTo(education.add(new BigDecimal("2")));
        assertThat(hours("communityServiceHours")).isEqualByComparingTo(service.add(new BigDecimal("4.5")));
        getJson(staff, subject + "/community-service").andExpect(jsonPath("$[0].topic").value("社区环境清扫"));
        getJson(staff, subject + "/education-records").andExpect(jsonPath("$.length()").value(1));
        getJson(staff, subject).andExpect(jsonPath("$.history[*].action").value(hasItem("community-service")));
        getJson(jinyunStaff, subject + "/education-records").andExpect(status().isNotFound());
        getJson(jinyunStaff, API + "/statistics").andExpect(jsonPath("$.communityServiceHours").value(0));
    }

    @Test
    void badHoursAndAnUnfitSubjectWriteNothing() throws Exception {
        String subject = underCorrection("CONTROL", "", idNumber("education-bad", ADULT));
        long before = count("cr_education_record", "true");
        postJson(staff, subject + "/community-service", "{\"content\":\"清扫\",\"hours\":25}").andExpect(status().isBadRequest());
        postJson(staff, subject + "/community-service", "{\"content\":\"清扫\",\"hours\":0}").andExpect(status().isBadRequest());
        postJson(staff, subject + "/education-records", "{\"type\":\"LECTURE\",\"topic\":\"x\",\"hours\":1}").andExpect(status().isBadRequest());
        postJson(staff, subject + "/education-records", "{\"type\":\"OTHER\",\"topic\":\"x\",\"hours\":1,\"heldOn\":\"2030-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("date-in-future"));
        postJson(jinyunStaff, subject + "/community-service", "{\"content\":\"清扫\",\"hours\":2}").andExpect(status().isNotFound());
        String waiting = API + "/subjects/" + create(staff, intake("PROBATION", "", today().minusDays(1), today().plusYears(1),
                idNumber("education-waiting", ADULT)));
        postJson(staff, waiting + "/community-service", "{\"content\":\"清扫\",\"hours\":2}").andExpect(status().isConflict());
        assertThat(count("cr_education_record", "true")).isEqualTo(before);
    }
}
