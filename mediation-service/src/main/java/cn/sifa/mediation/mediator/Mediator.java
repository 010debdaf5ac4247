package cn.sifa.mediation.mediator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.mediation.dispute.DisputeType;

/** A 人民调解员 (Arts 13–16): full- or part-time, graded, with specialties; experts join the 调解专家库. */
@Entity
@Table(name = "med_mediator")
public class Mediator extends DivisionScopedEntity {

    private UUID committeeId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    private String idNumber;
    private String phone;

    /** Portal user who is this mediator, for the "mine" worklist. */
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Employment employment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MediatorGrade grade;

    private String profession;

    @Column(nullable = false)
    private boolean inExpertPool;

    private LocalDate appointedOn;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "med_mediator_specialty", joinColumns = @JoinColumn(name = "mediator_id"))
    @Column(name = "specialty", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<DisputeType> specialties = EnumSet.noneOf(DisputeType.class);

    protected Mediator() {
    }

    public Mediator(String divisionCode, UUID committeeId, String name, Gender gender, String idNumber, String phone,
                    String username, Employment employment, MediatorGrade grade, String profession, boolean inExpertPool,
                    LocalDate appointedOn, Collection<DisputeType> specialties) {
        super(divisionCode);
        this.committeeId = committeeId;
        this.appointedOn = appointedOn;
        update(name, gender, idNumber, phone, username, employment, grade, profession, inExpertPool, true, specialties);
    }

    public void update(String name, Gender gender, String idNumber, String phone, String username, Employment employment,
                       MediatorGrade grade, String profession, boolean inExpertPool, boolean active,
                       Collection<DisputeType> specialties) {
        this.name = name;
        this.gender = gender;
        this.idNumber = idNumber;
        this.phone = phone;
        this.username = username;
        this.employment = employment;
        this.grade = grade == null ? MediatorGrade.UNRATED : grade;
        this.profession = profession;
        this.inExpertPool = inExpertPool;
        this.active = active;
        this.specialties.clear();
        if (specialties != null) {
            this.specialties.addAll(specialties);
        }
    }

    public void moveTo(UUID committeeId) {
        this.committeeId = committeeId;
    }

    /** Whether the expert pool can send this mediator for a dispute of the given specialty. */
    public boolean canServeAsExpertFor(DisputeType specialty) {
        return active && inExpertPool && specialties.contains(specialty);
    }

    public UUID getCommitteeId() {
        return committeeId;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getUsername() {
        return username;
    }

    public Employment getEmployment() {
        return employment;
    }

    public MediatorGrade getGrade() {
        return grade;
    }

    public String getProfession() {
        return profession;
    }

    public boolean isInExpertPool() {
        return inExpertPool;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public boolean isActive() {
        return active;
    }

    public Set<DisputeType> getSpecialties() {
        return Set.copyOf(specialties);
    }
}
