package cn.sifa.enforcement.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.deadline.DeadlineTarget;
import cn.sifa.core.deadline.Deadlines;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.organization.OrganizationRef;
import cn.sifa.core.organization.Organizations;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;

/**
 * 执法人员: registration, changes, the list and its export, each in one transaction. The certificate's validity is
 * watched by the expiry rule {@value #CERTIFICATE_RULE} (core-deadlines.md, "Expiry rules"): anchored on the last valid
 * day, due on that very day, never rolled to a working day and never provisional; the county bureau's head is told
 * when it has passed.
 */
@Service
@Transactional
public class OfficerService {

    static final String RECORD_TYPE = "officers";
    static final String CERTIFICATE_RULE = "ENF_CERTIFICATE_EXPIRY";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "certificateValidUntil", "certificateValidUntil");
    private static final Sort DEFAULT_SORT = Sort.by("name", "id");

    private final Officers officers;
    private final Agencies agencies;
    private final OfficerMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final Deadlines deadlines;
    private final Organizations organizations;
    private final Workflow workflow;

    OfficerService(Officers officers, Agencies agencies, OfficerMapper mapper, Listing listing, DivisionScope scope,
                   Deadlines deadlines, Organizations organizations, Workflow workflow) {
        this.officers = officers;
        this.agencies = agencies;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.workflow = workflow;
    }

    /** What an officer list filters on. */
    public record OfficerFilter(String divisionCode, UUID agencyId, String q, CertificateStatus certificateStatus,
                                Boolean legalQualification) {
    }

    @Transactional(readOnly = true)
    public ListPage<OfficerView> list(OfficerFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = workflow.today();
        return listing.page(Officer.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(OfficerFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = workflow.today();
        listing.export(response, format, "执法人员", List.<ExportColumn<OfficerView>>of(
                        new ExportColumn<>("姓名", OfficerView::name), new ExportColumn<>("执法证号", OfficerView::certificateNo),
                        new ExportColumn<>("有效期至", OfficerView::certificateValidUntil),
                        new ExportColumn<>("执法证状态", OfficerView::certificateStatusLabel),
                        new ExportColumn<>("资格考试", o -> o.examResult().label()),
                        new ExportColumn<>("培训学时", OfficerView::trainingHours),
                        new ExportColumn<>("法律职业资格", o -> o.legalQualification() ? "是" : "否")),
                Officer.class, spec(f, today), DEFAULT_SORT, rows -> mapper.rows(rows, today));
    }

    private Specification<Officer> spec(OfficerFilter f, LocalDate today) {
        return Filters.of(Officer.class).division(scope, f.divisionCode()).eq("agencyId", f.agencyId())
                .eq("legalQualification", f.legalQualification()).text(f.q(), "name", "certificateNo")
                .and(certificate(f.certificateStatus(), today)).build();
    }

    private static Specification<Officer> certificate(CertificateStatus status, LocalDate today) {
        if (status == null) {
            return null;
        }
        LocalDate warning = today.plusDays(Officer.EXPIRY_WARNING_DAYS);
        return (root, query, cb) -> {
            var until = root.<LocalDate>get("certificateValidUntil");
            return switch (status) {
                case EXPIRED -> cb.lessThan(until, today);
                case EXPIRING_SOON -> cb.and(cb.greaterThanOrEqualTo(until, today), cb.lessThan(until, warning));
                case VALID -> cb.greaterThanOrEqualTo(until, warning);
            };
        };
    }

    @Transactional(readOnly = true)
    public OfficerView get(UUID id) {
        return detail(officers.require(id));
    }

    /** Registers the officer and opens the certificate's expiry deadline. */
    public OfficerView create(OfficerRequest r) {
        Agency agency = agencies.require(r.agencyId());
        if (officers.existsByCertificateNo(r.certificateNo().trim())) {
            throw new ConflictException("执法证号 " + r.certificateNo() + " 已登记");
        }
        Officer officer = new Officer(agency.getDivisionCode(), agency.getId());
        apply(officer, r);
        officers.saveAndFlush(officer);
        watchCertificate(officer);
        return detail(officer);
    }

    /** A renewed certificate: the old expiry is met (renewed in time or not), the new one is watched. */
    public OfficerView update(UUID id, String ifMatch, OfficerRequest r) {
        Officer officer = officers.require(id);
        Etags.checkIfMatch(ifMatch, officer.getVersion());
        if (!officer.getAgencyId().equals(r.agencyId())) {
            agencies.require(r.agencyId());
        }
        LocalDate previousValidUntil = officer.getCertificateValidUntil();
        apply(officer, r);
        officers.saveAndFlush(officer);
        if (!previousValidUntil.equals(officer.getCertificateValidUntil())) {
            deadlines.meet(id, CERTIFICATE_RULE, workflow.today());
            watchCertificate(officer);
        }
        return detail(officer);
    }

    /**
     * Anchored on the last valid day: the expiry rule makes that very day the due date. The staff member who
     * registered it (in scope of the officer's agency) is reminded; the county bureau's head is told when it passed.
     */
    private void watchCertificate(Officer o) {
        UUID bureau = organizations.bureauOf(o.getDivisionCode()).map(OrganizationRef::id).orElse(null);
        String staff = CurrentCaller.find().filter(p -> p.kind() == SifaPrincipal.Kind.STAFF).map(SifaPrincipal::subject).orElse(null);
        deadlines.open(new DeadlineTarget(RECORD_TYPE, o.getId(), o.getDivisionCode(), staff, bureau,
                "执法证 " + o.getCertificateNo() + " " + o.getName(), "/enforcement/" + RECORD_TYPE + "/" + o.getId()),
                CERTIFICATE_RULE, o.getCertificateValidUntil());
    }

    private OfficerView detail(Officer o) {
        return mapper.view(o, deadlines.of(o.getId()), workflow.today());
    }

    private static void apply(Officer officer, OfficerRequest r) {
        officer.update(r.name().trim(), r.certificateNo().trim(), r.certificateValidUntil(), r.examResult(), r.examOn(),
                r.trainingHours() == null ? 0 : r.trainingHours(), Boolean.TRUE.equals(r.legalQualification()),
                r.active() == null || r.active());
    }
}
