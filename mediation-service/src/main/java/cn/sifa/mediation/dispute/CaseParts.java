package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.sifa.mediation.dispute.CaseView.FollowUpView;
import cn.sifa.mediation.dispute.CaseView.Ref;

/**
 * What a case's detail shows beyond the case row, read by {@link CaseReadModel} in one statement: the committee's
 * name, the mediators with their names, the parties (unmasked: the mapper masks), the sessions with their mediators
 * and attendees, and the follow-up visits.
 */
record CaseParts(String committee, List<Ref> mediators, List<Party> parties, List<Session> sessions,
                 List<FollowUpView> followUps) {

    record Party(PartyRole role, PartyKind kind, String name, String idNumber, String creditCode, String phone, UUID id) {
    }

    record Session(UUID id, LocalDate heldOn, String place, String notes, boolean publicSession, boolean inviteesConsented,
                   List<Ref> mediators, List<Attendee> attendees) {
    }

    record Attendee(String name, AttendeeKind kind, String relation) {
    }

    boolean anyFullIdNumber() {
        return parties.stream().anyMatch(p -> p.idNumber() != null);
    }

    boolean anyPhone() {
        return parties.stream().anyMatch(p -> p.phone() != null && !p.phone().isBlank());
    }
}
