package cn.sifa.legalaid.aidcase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A document filed with the closing report (its name and type; the file itself is a core attachment of the case). */
@Embeddable
public class ClosingDocument {

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    private ClosingDocumentType type;
    private String name;

    protected ClosingDocument() {
    }

    ClosingDocument(ClosingDocumentType type, String name) {
        this.type = type;
        this.name = name;
    }

    public ClosingDocumentType getType() {
        return type;
    }

    public String getName() {
        return name;
    }
}
