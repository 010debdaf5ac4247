package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/** One mediation session (调解记录, Art 27): when, where, who mediated, who attended, what happened. */
@Entity
@Audited
@Table(name = "med_case_session")
public class MediationSession {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MediationCase mediationCase;

    @Column(nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String place;

    @Column(nullable = false)
    private String notes;

    /** Art 23: the parties may ask for an open or a closed session. */
    @Column(nullable = false)
    private boolean publicSession;

    /** Art 20: the parties agreed to the invited persons who attended. */
    @Column(nullable = false)
    private boolean inviteesConsented;

    @ElementCollection
    @CollectionTable(name = "med_case_session_mediator", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "mediator_id", nullable = false)
    private Set<UUID> mediatorIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "med_case_session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    private Set<Attendee> attendees = new LinkedHashSet<>();

    protected MediationSession() {
    }

    MediationSession(MediationCase owner, LocalDate heldOn, String place, String notes, boolean publicSession,
                     boolean inviteesConsented, Set<UUID> mediatorIds, Set<Attendee> attendees) {
        this.mediationCase = owner;
        this.heldOn = heldOn;
        this.place = place;
        this.notes = notes;
        this.publicSession = publicSession;
        this.inviteesConsented = inviteesConsented;
        this.mediatorIds.addAll(mediatorIds);
        this.attendees.addAll(attendees);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isPublicSession() {
        return publicSession;
    }

    public boolean isInviteesConsented() {
        return inviteesConsented;
    }

    public Set<UUID> getMediatorIds() {
        return Set.copyOf(mediatorIds);
    }

    public Set<Attendee> getAttendees() {
        return Set.copyOf(attendees);
    }
}
