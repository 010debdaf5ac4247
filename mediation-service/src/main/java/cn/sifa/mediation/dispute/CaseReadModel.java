package cn.sifa.mediation.dispute;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads everything a case's detail shows beyond the case row in ONE statement (PostgreSQL builds the nested parts as
 * JSON), instead of one statement per collection and per referenced record. The caller has loaded the case in its
 * scope first (404 otherwise), so this reads by id only. Names sort as Java sorts strings ({@code COLLATE "C"}).
 */
@Component
class CaseReadModel {

    private static final String PARTS = """
            select cast(json_build_object(
              'committee', (select m.name from med_committee m where m.id = c.committee_id),
              'mediators', coalesce((select json_agg(json_build_object('id', cm.mediator_id, 'name', m.name)
                                                     order by m.name collate "C" nulls last, cm.mediator_id)
                                     from med_case_mediator cm left join med_mediator m on m.id = cm.mediator_id
                                     where cm.case_id = c.id), '[]'::json),
              'parties', coalesce((select json_agg(json_build_object('role', p.role, 'kind', p.kind, 'name', p.name,
                                                   'idNumber', p.id_number, 'creditCode', p.credit_code, 'phone', p.phone,
                                                   'id', p.id)
                                                   order by p.sort_order)
                                   from med_case_party p where p.case_id = c.id), '[]'::json),
              'sessions', coalesce((select json_agg(json_build_object('id', s.id, 'heldOn', s.held_on, 'place', s.place,
                                      'notes', s.notes, 'publicSession', s.public_session,
                                      'inviteesConsented', s.invitees_consented,
                                      'mediators', coalesce((select json_agg(json_build_object('id', sm.mediator_id, 'name', m.name)
                                                                             order by m.name collate "C" nulls last, sm.mediator_id)
                                                             from med_case_session_mediator sm
                                                             left join med_mediator m on m.id = sm.mediator_id
                                                             where sm.session_id = s.id), '[]'::json),
                                      'attendees', coalesce((select json_agg(json_build_object('name', a.name, 'kind', a.kind,
                                                                                               'relation', a.relation)
                                                                             order by a.name collate "C")
                                                             from med_case_session_attendee a where a.session_id = s.id), '[]'::json))
                                    order by s.held_on, s.id)
                                    from med_case_session s where s.case_id = c.id), '[]'::json),
              'followUps', coalesce((select json_agg(json_build_object('id', f.id, 'visitedOn', f.visited_on, 'method', f.method,
                                                     'visitor', f.visitor, 'notes', f.notes, 'satisfied', f.satisfied)
                                                     order by f.visited_on, f.id)
                                     from med_case_follow_up f where f.case_id = c.id), '[]'::json)) as text)
            from med_case c where c.id = ?1""";

    @PersistenceContext
    private EntityManager entityManager;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Through the EntityManager, so that it runs in the caller's transaction after the step's flush. */
    CaseParts of(UUID caseId) {
        String row = (String) entityManager.createNativeQuery(PARTS).setParameter(1, caseId).getSingleResult();
        return json.readValue(row, CaseParts.class);
    }
}
