package cn.sifa.legalaid.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;

/** 法律援助人员名册: registration and edits, the list the assigner picks from, deactivation. */
@Service
@Transactional
public class ProviderService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind");
    private static final Sort DEFAULT_SORT = Sort.by("name", "id");

    private final Providers providers;
    private final ProviderMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final Clock clock;

    ProviderService(Providers providers, ProviderMapper mapper, Listing listing, DivisionScope scope, Clock clock) {
        this.providers = providers;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.clock = clock;
    }

    /** What the roster filters on. */
    public record ProviderFilter(String divisionCode, ProviderKind kind, Boolean active, Boolean lifeOrDeathQualified, String q) {
    }

    @Transactional(readOnly = true)
    public ListPage<ProviderView> list(ProviderFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = StepDates.today(clock);
        LocalDate qualifiedSince = today.minusYears(Provider.LIFE_OR_DEATH_MIN_YEARS);
        var spec = Filters.of(Provider.class).division(scope, f.divisionCode()).eq("kind", f.kind()).eq("active", f.active())
                .text(f.q(), "name", "firm", "licenceNo")
                .and(Boolean.TRUE.equals(f.lifeOrDeathQualified()) ? (root, q, cb) -> cb.and(
                        cb.equal(root.get("kind"), ProviderKind.LAWYER),
                        cb.lessThanOrEqualTo(root.get("criminalPracticeSince"), qualifiedSince)) : null)
                .build();
        return listing.page(Provider.class, spec, Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.views(rows, today));
    }

    @Transactional(readOnly = true)
    public ProviderView get(UUID id) {
        return mapper.view(providers.require(id), StepDates.today(clock));
    }

    public ProviderView register(ProviderRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate today = StepDates.today(clock);
        String licence = checked(r, today, null);
        if (licence != null && providers.existsByDivisionCodeAndLicenceNo(division, licence)) {
            throw new ConflictException("执业证号 " + licence + " 已在名册中");
        }
        Provider p = providers.saveAndFlush(new Provider(division, r.name().trim(), r.kind(), blankToNull(r.firm()), licence,
                blankToNull(r.phone()), r.criminalPracticeSince()));
        return mapper.view(p, today);
    }

    /**
     * 修改名册信息 (If-Match). The division stays: a provider moving to another county's roster is registered there.
     * Cases already assigned keep their provider; the Art 26 check applies to later assignments.
     */
    public ProviderView update(UUID id, String ifMatch, ProviderRequest r) {
        Provider p = providers.require(id);
        Etags.checkIfMatch(ifMatch, p.getVersion());
        LocalDate today = StepDates.today(clock);
        String licence = checked(r, today, p);
        if (licence != null && !licence.equals(p.getLicenceNo())
                && providers.existsByDivisionCodeAndLicenceNo(p.getDivisionCode(), licence)) {
            throw new ConflictException("执业证号 " + licence + " 已在名册中");
        }
        p.update(r.name().trim(), r.kind(), blankToNull(r.firm()), licence, blankToNull(r.phone()), r.criminalPracticeSince());
        providers.flush();
        return mapper.view(p, today);
    }

    /** The request's field errors (400, nothing written); the licence number to store. */
    private static String checked(ProviderRequest r, LocalDate today, Provider existing) {
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "criminalPracticeSince", r.criminalPracticeSince(), today);
        if (r.kind() == ProviderKind.LAWYER && (r.licenceNo() == null || r.licenceNo().isBlank())) {
            errors.add("licenceNo", "licence-required", "律师须登记执业证号");
        }
        if (existing != null && r.divisionCode() != null && !r.divisionCode().isBlank()
                && !r.divisionCode().trim().equals(existing.getDivisionCode())) {
            errors.add("divisionCode", "division-fixed", "不能变更所属区划,请在新区划重新登记");
        }
        errors.throwIfAny();
        return blankToNull(r.licenceNo());
    }

    /** 退出名册: no new assignments; the cases already assigned stay with the provider. */
    public ProviderView deactivate(UUID id, String ifMatch) {
        Provider p = providers.require(id);
        Etags.checkIfMatch(ifMatch, p.getVersion());
        p.deactivate();
        providers.flush();
        return mapper.view(p, StepDates.today(clock));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
