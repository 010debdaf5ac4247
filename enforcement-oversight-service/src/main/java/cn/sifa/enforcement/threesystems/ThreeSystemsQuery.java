package cn.sifa.enforcement.threesystems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.action.ActionFilter;
import cn.sifa.enforcement.action.ActionQueries;
import cn.sifa.core.statistics.Rate;

/** The three rates as one grouped aggregate over {@code enf_action} (due dates were stored at ingest). */
@Service
public class ThreeSystemsQuery {

    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    public ThreeSystemsQuery(JdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ThreeSystemsView rates(ActionFilter filter) {
        LocalDate today = StepDates.today(clock);
        List<Object> args = new ArrayList<>();
        String where = ActionQueries.where(filter, args);
        StringBuilder sql = new StringBuilder("select a.agency_id, g.name, g.division_code, count(*) as actions");
        for (ThreeSystem s : ThreeSystem.values()) {
            sql.append(", count(*) filter (where ").append(s.counted(today)).append(")")
               .append(", count(*) filter (where ").append(s.complying(today)).append(")");
        }
        sql.append(" from enf_action a join enf_agency g on g.id = a.agency_id where ").append(where)
           .append(" group by a.agency_id, g.name, g.division_code order by g.division_code, g.name");
        long[] totals = new long[6];
        List<ThreeSystemsView.AgencyRates> agencies = jdbc.query(sql.toString(), (rs, i) -> {
            long[] v = new long[6];
            for (int k = 0; k < 6; k++) {
                v[k] = rs.getLong(5 + k);
                totals[k] += v[k];
            }
            return new ThreeSystemsView.AgencyRates(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                    Rate.of(v[1], v[0]), Rate.of(v[3], v[2]), Rate.of(v[5], v[4]));
        }, args.toArray());
        return new ThreeSystemsView(filter.from(), filter.to(), Rate.of(totals[1], totals[0]), Rate.of(totals[3], totals[2]),
                Rate.of(totals[5], totals[4]), agencies);
    }
}
