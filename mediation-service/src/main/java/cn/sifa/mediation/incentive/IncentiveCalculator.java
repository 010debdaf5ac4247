package cn.sifa.mediation.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.scope.DivisionScope;

import cn.sifa.mediation.mediator.Employment;

/**
 * Subsidies and credit points per mediator for a period, in one SQL statement: every successful or failed case
 * (by its conclusion date) and every screening (by its date) in the division prefix is an item; each item takes the
 * most specific rule in force on its date whose division contains the item's (dispute type, then difficulty, then
 * the nearest division); a case's subsidy is shared equally by its mediators, its points go to each of them.
 * The rules are ranked once per (kind, type, difficulty, division) that occurs, not once per item. Each key's time
 * line is then cut where one of its rules starts or stops being in force, and each piece takes the first-ranked rule
 * in force in it (the choice cannot change inside a piece). An item joins the one piece of its key that holds its
 * date: no sort of the items by rule preference, which was a quarter of a city's five years. Mediators are looked
 * up once each, after summing.
 */
@Component
public class IncentiveCalculator {

    private static final String SQL = scoped("""
            with items as (
                select cm.mediator_id, c.id as item_id, 'SUCCESSFUL_MEDIATION' as kind, c.dispute_type, c.difficulty,
                       c.division_code, c.agreement_effective_on as item_on, count(*) over (partition by c.id) as shares
                from med_case c join med_case_mediator cm on cm.case_id = c.id
                where {WITHIN:c:prefix} and c.agreement_effective_on between :from and :to
                union all
                select cm.mediator_id, c.id, 'CONCLUDED_WITHOUT_AGREEMENT', c.dispute_type, c.difficulty,
                       c.division_code, c.failed_on, count(*) over (partition by c.id)
                from med_case c join med_case_mediator cm on cm.case_id = c.id
                where {WITHIN:c:prefix} and c.failed_on between :from and :to
                union all
                select s.mediator_id, s.id, 'SCREENING', s.dispute_type, null, s.division_code, s.screened_on, 1
                from med_screening s
                where s.mediator_id is not null and {WITHIN:s:prefix} and s.screened_on between :from and :to
            ),
            keys as (
                select distinct kind, dispute_type, difficulty, division_code from items
            ),
            candidates as (
                select k.kind, coalesce(k.dispute_type, '') as dispute_key, coalesce(k.difficulty, '') as difficulty_key, k.division_code,
                       r.subsidy_amount, r.credit_points, r.valid_from, r.valid_to,
                       row_number() over (partition by k.kind, k.dispute_type, k.difficulty, k.division_code
                                          order by (r.dispute_type is not null) desc, (r.difficulty is not null) desc,
                                                   length(rtrim(r.division_code, '0')) desc, r.valid_from desc) as preference
                from keys k join med_incentive_rule r on r.kind = k.kind
                  and (r.dispute_type is null or r.dispute_type = k.dispute_type)
                  and (r.difficulty is null or r.difficulty = k.difficulty)
                  and starts_with(k.division_code, case -- the division of the rule or of an ancestor, not a division scope
                          when length(r.division_code) = 6 and right(r.division_code, 4) = '0000' then left(r.division_code, 2)
                          when length(r.division_code) = 6 and right(r.division_code, 2) = '00' then left(r.division_code, 4)
                          else r.division_code end)
            ),
            ranked as (
                select kind, dispute_key, difficulty_key, division_code,
                       array_agg(valid_from order by preference) as froms, array_agg(valid_to order by preference) as tos,
                       array_agg(subsidy_amount order by preference) as subsidies,
                       array_agg(credit_points order by preference) as points
                from candidates group by kind, dispute_key, difficulty_key, division_code
            ),
            chosen as (
                select k.kind, k.dispute_key, k.difficulty_key, k.division_code, b.starts,
                       lead(b.starts) over (partition by k.kind, k.dispute_key, k.difficulty_key, k.division_code
                                            order by b.starts) as ends,
                       w.subsidy_amount, w.credit_points
                from ranked k
                cross join lateral (select f as starts from unnest(k.froms) f
                                    union select t + 1 from unnest(k.tos) t where t is not null) b
                left join lateral (select r.subsidy_amount, r.credit_points
                                   from unnest(k.froms, k.tos, k.subsidies, k.points) with ordinality
                                        as r(valid_from, valid_to, subsidy_amount, credit_points, preference)
                                   where r.valid_from <= b.starts and (r.valid_to is null or r.valid_to >= b.starts)
                                   order by r.preference limit 1) w on true
            ),
            priced as (
                select i.mediator_id, i.kind, i.shares, r.subsidy_amount, r.credit_points
                from items i
                left join chosen r on r.kind = i.kind and r.dispute_key = coalesce(i.dispute_type, '')
                     and r.difficulty_key = coalesce(i.difficulty, '') and r.division_code = i.division_code
                     and r.starts <= i.item_on and (r.ends is null or i.item_on < r.ends)
            ),
            per_mediator as (
                select p.mediator_id,
                       count(*) filter (where p.kind = 'SUCCESSFUL_MEDIATION') as succeeded,
                       count(*) filter (where p.kind = 'CONCLUDED_WITHOUT_AGREEMENT') as failed,
                       count(*) filter (where p.kind = 'SCREENING') as screenings,
                       coalesce(sum(round(p.subsidy_amount / p.shares, 2)), 0) as subsidy,
                       coalesce(sum(p.credit_points), 0) as points
                from priced p
                group by p.mediator_id
            )
            select m.id, m.name, m.employment, a.succeeded, a.failed, a.screenings, a.subsidy, a.points
            from per_mediator a join med_mediator m on m.id = a.mediator_id
            order by a.subsidy desc, a.points desc, m.name
            """);

    private final NamedParameterJdbcTemplate jdbc;

    IncentiveCalculator(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(description = "调解员补贴与积分")
    public record MediatorIncentive(
            @Schema(description = "调解员 ID") UUID mediatorId,
            @Schema(description = "姓名", example = "王建国") String name,
            @Schema(description = "专兼职", example = "FULL_TIME") Employment employment,
            @Schema(description = "调解成功件数", example = "12") long succeeded,
            @Schema(description = "调解终止件数", example = "1") long failed,
            @Schema(description = "排查件数", example = "5") long screenings,
            @Schema(description = "补贴金额(元)", example = "1850.00") BigDecimal subsidy,
            @Schema(description = "信用积分", example = "64") long creditPoints) {
    }

    /** @param prefix division prefix already narrowed to the caller's scope */
    public List<MediatorIncentive> compute(String prefix, LocalDate from, LocalDate to) {
        return jdbc.query(SQL, new MapSqlParameterSource().addValue("prefix", prefix).addValue("from", from).addValue("to", to),
                (rs, i) -> new MediatorIncentive(rs.getObject("id", UUID.class), rs.getString("name"),
                        Employment.valueOf(rs.getString("employment")), rs.getLong("succeeded"), rs.getLong("failed"),
                        rs.getLong("screenings"), rs.getBigDecimal("subsidy"), rs.getLong("points")));
    }
    /** Puts the core subtree condition ({@link DivisionScope#within}) where the SQL says {@code {WITHIN:alias:param}}. */
    private static String scoped(String sql) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{WITHIN:(\\w*):([?\\w]+)}").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String alias = m.group(1);
            String sqlText = "?".equals(m.group(2)) ? DivisionScope.within(alias) : DivisionScope.within(alias, m.group(2));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(sqlText));
        }
        m.appendTail(out);
        return out.toString();
    }
}
