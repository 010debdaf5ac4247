package cn.sifa.correction.subject;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.demo.DemoCounties.DemoCounty;

/**
 * The demo subjects of a county ({@link SubjectDemo}'s, named by their deciding court) for the seeders that hang
 * sub-records on them, and whether a seeder already did: only its records on these subjects count, never a record
 * someone else made in the county.
 */
@Component
@Profile("demo")
public class DemoSubjects {

    private final Subjects subjects;
    private final JdbcTemplate jdbc;

    DemoSubjects(Subjects subjects, JdbcTemplate jdbc) {
        this.subjects = subjects;
        this.jdbc = jdbc;
    }

    static String court(DemoCounty county) {
        return county.shortName() + "人民法院";
    }

    /** The county's first demo subjects in {@code status}, oldest judgments first. */
    public List<Subject> in(DemoCounty county, SubjectStatus status) {
        return subjects.findTop20ByDivisionCodeAndDecidingAuthorityAndStatusOrderByJudgmentEffectiveOnAscIdAsc(county.code(), court(county),
                status);
    }

    /** Whether {@code table} (a {@code cr_} table with a {@code subject_id}) holds a record of the county's demo subjects. */
    public boolean haveRecordsIn(String table, DemoCounty county) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + table + " x join cr_subject s on s.id = x.subject_id "
                + "where s.division_code = ? and s.deciding_authority = ?)", Boolean.class, county.code(), court(county)));
    }
}
