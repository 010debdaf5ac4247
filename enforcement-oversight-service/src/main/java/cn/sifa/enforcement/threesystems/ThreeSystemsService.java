package cn.sifa.enforcement.threesystems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.list.ListPage;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.statistics.Rate;
import cn.sifa.core.statistics.StatisticsPeriod;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.enforcement.action.ActionFilter;
import cn.sifa.enforcement.action.ActionService;
import cn.sifa.enforcement.action.ActionView;
import cn.sifa.enforcement.agency.Agencies;

/**
 * 三项制度: the three rates as one grouped aggregate over {@code enf_action} (the 公示 due dates are stored with each
 * action and recomputed with the holiday calendar), and the offending actions through the action list.
 */
@Service
@Transactional(readOnly = true)
public class ThreeSystemsService {

    private final JdbcTemplate jdbc;
    private final ActionService actions;
    private final Agencies agencies;
    private final DivisionScope scope;
    private final Clock clock;

    ThreeSystemsService(JdbcTemplate jdbc, ActionService actions, Agencies agencies, DivisionScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.agencies = agencies;
        this.scope = scope;
        this.clock = clock;
    }

    /** The rates of the caller's scope, narrowed to a division and an agency (404 out of scope); the period defaults to this year. */
    public ThreeSystemsView rates(UUID agencyId, LocalDate from, LocalDate to, String divisionCode) {
        if (agencyId != null) {
            agencies.require(agencyId);
        }
        StatisticsPeriod period = StatisticsPeriod.of(from, to, today());
        return rates(scope.narrowTo(divisionCode), agencyId, period);
    }

    /** The rates of a division prefix already narrowed by the caller ({@code scope.narrowTo}). */
    public ThreeSystemsView rates(String divisionPrefix, UUID agencyId, StatisticsPeriod period) {
        LocalDate today = today();
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select a.agency_id, g.name, g.division_code, count(*) as actions");
        for (ThreeSystem s : ThreeSystem.values()) {
            sql.append(", count(*) filter (where ").append(s.counted(today)).append(")")
               .append(", count(*) filter (where ").append(s.complying(today)).append(")");
        }
        sql.append(" from enf_action a join enf_agency g on g.id = a.agency_id where ").append(DivisionScope.within("a"))
           .append(" and a.decided_on between ? and ?");
        args.add(divisionPrefix);
        args.add(period.from());
        args.add(period.to());
        if (agencyId != null) {
            sql.append(" and a.agency_id = ?");
            args.add(agencyId);
        }
        sql.append(" group by a.agency_id, g.name, g.division_code order by g.division_code, g.name");
        long[] totals = new long[6];
        List<ThreeSystemsView.AgencyRates> byAgency = jdbc.query(sql.toString(), (rs, i) -> {
            long[] v = new long[6];
            for (int k = 0; k < 6; k++) {
                v[k] = rs.getLong(5 + k);
                totals[k] += v[k];
            }
            return new ThreeSystemsView.AgencyRates(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                    Rate.of(v[1], v[0]), Rate.of(v[3], v[2]), Rate.of(v[5], v[4]));
        }, args.toArray());
        return new ThreeSystemsView(period.from(), period.to(), Rate.of(totals[1], totals[0]), Rate.of(totals[3], totals[2]),
                Rate.of(totals[5], totals[4]), byAgency);
    }

    /** The actions of the period that do not comply with {@code system}, a page of the action list. */
    public ListPage<ActionView> offences(ThreeSystem system, UUID agencyId, LocalDate from, LocalDate to, String divisionCode,
                                         Integer page, Integer size) {
        if (agencyId != null) {
            agencies.require(agencyId);
        }
        LocalDate today = today();
        StatisticsPeriod period = StatisticsPeriod.of(from, to, today);
        return actions.list(new ActionFilter(agencyId, null, period.from(), period.to(), null, divisionCode, null, null),
                system.offending(today), page, size, List.of("decidedOn,asc"));
    }

    private LocalDate today() {
        return StepDates.today(clock);
    }
}
