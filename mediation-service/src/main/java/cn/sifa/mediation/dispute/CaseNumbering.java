package cn.sifa.mediation.dispute;

import org.springframework.stereotype.Component;

import cn.sifa.core.caseno.CaseNumbers;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;

/** Mediation case numbers: the 调 series of the county 司法局 the case's division belongs to, e.g. 开福调〔2026〕12号. */
@Component
public class CaseNumbering {

    public static final String SERIES = "调";

    private final Organizations organizations;
    private final CaseNumbers caseNumbers;

    CaseNumbering(Organizations organizations, CaseNumbers caseNumbers) {
        this.organizations = organizations;
        this.caseNumbers = caseNumbers;
    }

    public String next(String divisionCode, int year) {
        OrganizationRef bureau = organizations.bureauOf(divisionCode)
                .orElseThrow(() -> new ConflictException("行政区划 " + divisionCode + " 尚未设立司法局,无法编制案号"));
        return caseNumbers.next(bureau.id(), SERIES, year);
    }
}
