package cn.sifa.core.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose schedule is published; deadlines beyond the last such year are provisional. */
@Entity
@Table(name = "core_holiday_year")
class HolidayYear {

    @Id
    private Integer year;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected HolidayYear() {
    }

    HolidayYear(int year, String source, Instant addedAt) {
        this.year = year;
        this.source = source;
        this.addedAt = addedAt;
    }

    void republish(String newSource, Instant at) {
        this.source = newSource;
        this.addedAt = at;
    }

    int getYear() {
        return year;
    }

    String getSource() {
        return source;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
