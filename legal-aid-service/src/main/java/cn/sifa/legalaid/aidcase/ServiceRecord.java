package cn.sifa.legalaid.aidcase;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** 承办服务记录: a meeting, a file review, a hearing… on the case. */
@Embeddable
public class ServiceRecord {

    private LocalDate servedOn;
    @Enumerated(EnumType.STRING)
    private ServiceKind kind;
    private String content;

    protected ServiceRecord() {
    }

    ServiceRecord(LocalDate servedOn, ServiceKind kind, String content) {
        this.servedOn = servedOn;
        this.kind = kind;
        this.content = content;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }
}
