package cn.sifa.core.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** One day of the published schedule; days not listed follow the weekday/weekend rule. */
@Entity
@Table(name = "core_holiday")
class Holiday implements Persistable<LocalDate> {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HolidayKind kind;

    @Column(nullable = false, length = 50)
    private String name;

    /** The id is the day itself, so tell Spring Data a new row is new (a plain save would SELECT first). */
    @Transient
    private boolean fresh = true;

    protected Holiday() {
    }

    Holiday(LocalDate day, HolidayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    @Override
    public LocalDate getId() {
        return day;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }

    LocalDate getDay() {
        return day;
    }

    HolidayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }
}
