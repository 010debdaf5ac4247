package cn.sifa.legalaid.consultation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import cn.sifa.core.scope.DivisionScopedEntity;
import cn.sifa.legalaid.aidcase.AidMatter;

/** 法律咨询 (法律援助法第二十二条): one consultation on a day, by channel and matter, with the persons it served (人次). */
@Entity
@Table(name = "la_consultation")
@Audited
public class Consultation extends DivisionScopedEntity {

    @Enumerated(EnumType.STRING)
    private ConsultationChannel channel;
    private LocalDate consultedOn;
    @Enumerated(EnumType.STRING)
    private AidMatter matter;
    private int persons;
    private String enquirerName;
    private String answeredBy;
    private String summary;
    private String answer;

    protected Consultation() {
    }

    Consultation(String divisionCode, ConsultationChannel channel, LocalDate consultedOn, AidMatter matter, int persons,
                 String enquirerName, String answeredBy, String summary, String answer) {
        super(divisionCode);
        this.channel = channel;
        this.consultedOn = consultedOn;
        this.matter = matter;
        this.persons = persons;
        this.enquirerName = enquirerName;
        this.answeredBy = answeredBy;
        this.summary = summary;
        this.answer = answer;
    }

    public ConsultationChannel getChannel() {
        return channel;
    }

    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    public AidMatter getMatter() {
        return matter;
    }

    public int getPersons() {
        return persons;
    }

    public String getEnquirerName() {
        return enquirerName;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getSummary() {
        return summary;
    }

    public String getAnswer() {
        return answer;
    }
}
