package cn.sifa.mediation.studio;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An honour such as 省"金牌"调解工作室. */
@Embeddable
public class Honour {

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HonourLevel level;

    @Column(nullable = false)
    private LocalDate awardedOn;

    private String awardedBy;

    protected Honour() {
    }

    public Honour(String title, HonourLevel level, LocalDate awardedOn, String awardedBy) {
        this.title = title;
        this.level = level;
        this.awardedOn = awardedOn;
        this.awardedBy = awardedBy;
    }

    public String getTitle() {
        return title;
    }

    public HonourLevel getLevel() {
        return level;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public String getAwardedBy() {
        return awardedBy;
    }
}
