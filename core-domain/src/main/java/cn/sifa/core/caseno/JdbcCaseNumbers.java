package cn.sifa.core.caseno;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.NotFoundException;

/**
 * Counters in {@code core_case_number_counter}. The upsert takes the counter row's lock in the caller's
 * transaction and keeps it until commit: concurrent creates queue on that row, and a create that rolls back
 * also rolls back its increment, so the next one gets the same number and the sequence has no gaps.
 * The price is that creates of the same organization, series and year serialize on the counter for the rest
 * of their transaction, which is why services should take the number late in their create.
 */
@Service
class JdbcCaseNumbers implements CaseNumbers {

    private final JdbcTemplate jdbc;

    JdbcCaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(UUID organizationId, String series, int year) {
        if (series == null || series.isBlank() || series.length() > 8) {
            throw new IllegalArgumentException("案号系列字应为 1 到 8 个字符: " + series);
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("案号年份超出范围: " + year);
        }
        // Native SQL on purpose: the number belongs to the organization (e.g. the county bureau) even when the
        // caller is a town office whose scope filter would not show that organization.
        List<String[]> org = jdbc.query("SELECT short_name, case_no_pattern FROM core_organization WHERE id = ?",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)}, organizationId);
        if (org.isEmpty()) {
            throw new NotFoundException("机构", organizationId);
        }
        Long seq = jdbc.queryForObject("""
                INSERT INTO core_case_number_counter (organization_id, series, year, last_value) VALUES (?, ?, ?, 1)
                ON CONFLICT (organization_id, series, year)
                DO UPDATE SET last_value = core_case_number_counter.last_value + 1
                RETURNING last_value""", Long.class, organizationId, series, year);
        return CaseNumberPattern.format(org.get(0)[1], org.get(0)[0], series, year, seq);
    }
}
