package cn.sifa.legalaid.aidcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.legalaid.aidcase.ConflictCheckView.Finding;
import cn.sifa.legalaid.aidcase.ConflictCheckView.Kind;
import cn.sifa.legalaid.aidcase.ConflictCheckView.MatchedBy;
import cn.sifa.legalaid.aidcase.ConflictCheckView.Source;
import cn.sifa.legalaid.provider.Provider;

/**
 * 利益冲突审查: looks for the applicant's opponents among the clients of the provider and of the provider's firm
 * (法律援助案件), for the applicant among the opponents of their cases, and for the opponents among the parties of the
 * mediation cases (人民调解) where the provider or a colleague of the firm attended a session as an agent (代理人), and
 * for the opponents among the applicants and third parties of reconsiderations (行政复议) whom the provider or a
 * colleague represents as 代理人. Native SQL over the caller's division subtree ({@link DivisionScope#within(String, String)}).
 * A person with an ID number on both sides matches by the number only; otherwise the name (or 名称) matches.
 */
@Component
class ConflictChecks {

    private static final String ACTING = """
            with acting as (
                select p.id, p.name, p.id <> :providerId as via_firm
                  from la_provider p
                 where (p.id = :providerId or p.firm = cast(:firm as varchar)) and \s""" + DivisionScope.within("p", "prefix") + ")\n";

    private static final String OPPONENT_IS_CLIENT = ACTING + """
            select c.id as record_id, c.case_no as reference, c.client_name as party_name, c.client_id_number as party_id,
                   a.name as acting_name, a.via_firm
              from la_case c join acting a on a.id = c.provider_id
             where c.id <> :caseId and (c.client_name in (:names) or c.client_id_number in (:ids))
               and \s""" + DivisionScope.within("c", "prefix") + " order by c.opened_on, c.id";

    private static final String CLIENT_IS_OPPONENT = ACTING + """
            select c.id as record_id, c.case_no as reference, o.name as party_name, o.id_number as party_id,
                   a.name as acting_name, a.via_firm
              from la_case c join acting a on a.id = c.provider_id join la_case_opponent o on o.case_id = c.id
             where c.id <> :caseId and (o.name = :clientName or o.id_number = cast(:clientId as varchar))
               and \s""" + DivisionScope.within("c", "prefix") + " order by c.opened_on, c.id";

    private static final String OPPONENT_IN_MEDIATION = ACTING + """
            select distinct m.id as record_id, m.case_no as reference, p.name as party_name, p.id_number as party_id,
                   ag.name as acting_name, ag.name <> :providerName as via_firm, m.received_on
              from med_case m
              join med_case_session s on s.case_id = m.id
              join med_case_session_attendee ag on ag.session_id = s.id and ag.kind = 'AGENT'
              join med_case_party p on p.case_id = m.id
             where (ag.name in (select name from acting) or strpos(ag.relation, cast(:firm as varchar)) > 0)
               and (p.name in (:names) or p.id_number in (:ids))
               and \s""" + DivisionScope.within("m", "prefix") + " order by m.received_on, m.id";

    // A reconsideration has no case number: its reference is the date received and the respondent agency.
    private static final String OPPONENT_REPRESENTED_IN_RECONSIDERATION = ACTING + """
            select r.id as record_id, '行政复议 ' || to_char(r.received_on, 'YYYY-MM-DD') || ' 被申请人' || r.respondent_name as reference,
                   p.name as party_name, p.id_number as party_id, p.agent_name as acting_name, p.agent_name <> :providerName as via_firm
              from rv_reconsideration r
              join rv_party p on p.reconsideration_id = r.id
             where p.agent_name in (select name from acting)
               and (p.name in (:names) or p.id_number in (:ids))
               and \s""" + DivisionScope.within("r", "prefix") + " order by r.received_on, r.id, p.sort_order";

    private final NamedParameterJdbcTemplate jdbc;
    private final DivisionScope scope;

    ConflictChecks(NamedParameterJdbcTemplate jdbc, DivisionScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    ConflictCheckView check(LegalAidCase c, Provider provider) {
        List<Opponent> opponents = c.getOpponents();
        List<String> names = opponents.stream().map(Opponent::getName).distinct().toList();
        List<String> ids = opponents.stream().map(Opponent::getIdNumber).filter(Objects::nonNull).distinct().toList();
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("prefix", scope.sqlPrefix())
                .addValue("providerId", provider.getId()).addValue("providerName", provider.getName())
                .addValue("firm", provider.getFirm() == null || provider.getFirm().isBlank() ? null : provider.getFirm())
                .addValue("caseId", c.getId()).addValue("clientName", c.getClientName()).addValue("clientId", c.getClientIdNumber())
                .addValue("names", names.isEmpty() ? List.of("") : names).addValue("ids", ids.isEmpty() ? List.of("") : ids);
        List<Finding> findings = new ArrayList<>();
        if (!opponents.isEmpty()) {
            for (Map<String, Object> row : jdbc.queryForList(OPPONENT_IS_CLIENT, p)) {
                matchAny(opponents, row).ifPresent(m -> findings.add(finding(Source.LEGAL_AID, Kind.OPPONENT_IS_CLIENT, m, row)));
            }
            for (Map<String, Object> row : jdbc.queryForList(OPPONENT_IN_MEDIATION, p)) {
                matchAny(opponents, row).ifPresent(m -> findings.add(finding(Source.MEDIATION, Kind.OPPONENT_IN_MEDIATION, m, row)));
            }
            for (Map<String, Object> row : jdbc.queryForList(OPPONENT_REPRESENTED_IN_RECONSIDERATION, p)) {
                matchAny(opponents, row).ifPresent(m -> findings.add(
                        finding(Source.RECONSIDERATION, Kind.OPPONENT_REPRESENTED_IN_RECONSIDERATION, m, row)));
            }
        }
        Opponent client = new Opponent(c.getClientName(), c.getClientIdNumber());
        for (Map<String, Object> row : jdbc.queryForList(CLIENT_IS_OPPONENT, p)) {
            match(client, row).ifPresent(m -> findings.add(finding(Source.LEGAL_AID, Kind.CLIENT_IS_OPPONENT, m, row)));
        }
        return new ConflictCheckView(c.getId(), provider.getId(), provider.getName(), provider.getFirm(), c.getClientName(),
                opponents.stream().map(o -> new OpponentView(o.getName(), CitizenId.mask(o.getIdNumber()))).toList(),
                List.of(Source.values()), findings);
    }

    private static Optional<MatchedBy> matchAny(List<Opponent> opponents, Map<String, Object> row) {
        return opponents.stream().map(o -> match(o, row)).flatMap(Optional::stream)
                .min(Enum::compareTo);
    }

    /** The same person: the same ID number when both are known, else the same name. */
    private static Optional<MatchedBy> match(Opponent o, Map<String, Object> row) {
        String partyId = (String) row.get("party_id");
        if (o.getIdNumber() != null && partyId != null) {
            return o.getIdNumber().equalsIgnoreCase(partyId) ? Optional.of(MatchedBy.ID_NUMBER) : Optional.empty();
        }
        return o.getName().equals(row.get("party_name")) ? Optional.of(MatchedBy.NAME) : Optional.empty();
    }

    private static Finding finding(Source source, Kind kind, MatchedBy matchedBy, Map<String, Object> row) {
        return new Finding(source, source.label(), kind, kind.label(), matchedBy, matchedBy.label(), (UUID) row.get("record_id"),
                (String) row.get("reference"), (String) row.get("party_name"), CitizenId.mask((String) row.get("party_id")),
                (String) row.get("acting_name"), Boolean.TRUE.equals(row.get("via_firm")));
    }
}
