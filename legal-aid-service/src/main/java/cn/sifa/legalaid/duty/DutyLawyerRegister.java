package cn.sifa.legalaid.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.legalaid.provider.Provider;
import cn.sifa.legalaid.provider.Providers;

/** 值班律师服务台账: registration, the list and its export, the detail. */
@Service
@Transactional
public class DutyLawyerRegister {

    private static final Map<String, String> SORTABLE = Map.of("servedOn", "servedOn", "postKind", "postKind",
            "personsHelped", "personsHelped");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("servedOn"), Sort.Order.asc("id"));

    private final DutyLawyerServices services;
    private final Providers providers;
    private final DutyServiceMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final Clock clock;

    DutyLawyerRegister(DutyLawyerServices services, Providers providers, DutyServiceMapper mapper, Listing listing,
                       DivisionScope scope, Clock clock) {
        this.services = services;
        this.providers = providers;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.clock = clock;
    }

    /** What the register filters on. */
    public record DutyServiceFilter(String divisionCode, DutyPostKind postKind, DutyServiceKind serviceKind, UUID providerId,
                                    Boolean pleaLeniency, LocalDate from, LocalDate to, String q) {
    }

    @Transactional(readOnly = true)
    public ListPage<DutyServiceView> list(DutyServiceFilter f, Integer page, Integer size, List<String> sort) {
        return listing.page(DutyLawyerService.class, spec(f), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.views(rows, providerNames(rows)));
    }

    @Transactional(readOnly = true)
    public void export(DutyServiceFilter f, ExportFormat format, HttpServletResponse response) {
        listing.export(response, format, "值班律师服务台账", List.<ExportColumn<DutyServiceView>>of(
                        new ExportColumn<>("服务日期", DutyServiceView::servedOn),
                        new ExportColumn<>("工作站类别", DutyServiceView::postKindLabel),
                        new ExportColumn<>("工作站", DutyServiceView::postName),
                        new ExportColumn<>("值班律师", r -> r.providerName() == null ? "" : r.providerName()),
                        new ExportColumn<>("服务类型", DutyServiceView::serviceKindLabel),
                        new ExportColumn<>("参与认罪认罚", r -> r.pleaLeniency() ? "是" : "否"),
                        new ExportColumn<>("见证具结书签署", r -> r.pleaSigningWitnessed() ? "是" : "否"),
                        new ExportColumn<>("帮助人数", DutyServiceView::personsHelped),
                        new ExportColumn<>("说明", r -> r.note() == null ? "" : r.note())),
                DutyLawyerService.class, spec(f), Sort.by("servedOn", "id"), rows -> mapper.views(rows, providerNames(rows)));
    }

    private Specification<DutyLawyerService> spec(DutyServiceFilter f) {
        return Filters.of(DutyLawyerService.class).division(scope, f.divisionCode()).eq("postKind", f.postKind())
                .eq("serviceKind", f.serviceKind()).eq("providerId", f.providerId()).eq("pleaLeniency", f.pleaLeniency())
                .between("servedOn", f.from(), f.to()).text(f.q(), "postName", "note").build();
    }

    @Transactional(readOnly = true)
    public DutyServiceView get(UUID id) {
        DutyLawyerService s = services.require(id);
        return mapper.view(s, providerNames(List.of(s)));
    }

    /** 登记: the provider comes from the roster of the record's county and is active. */
    public DutyServiceView register(DutyServiceRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate on = StepDates.of("servedOn", r.servedOn(), StepDates.today(clock), null, null);
        boolean plea = Boolean.TRUE.equals(r.pleaLeniency());
        boolean witnessed = Boolean.TRUE.equals(r.pleaSigningWitnessed());
        if (witnessed && !plea) {
            throw ValidationException.of("pleaSigningWitnessed", "witness-without-plea", "见证具结书签署的,应为参与认罪认罚案件");
        }
        Provider provider = providers.require(r.providerId());
        if (!provider.servesDivision(division)) {
            throw new ConflictException("值班律师 " + provider.getName() + " 不在该行政区划的名册中");
        }
        if (!provider.isActive()) {
            throw ValidationException.of("providerId", "provider-inactive", provider.getName() + " 已退出法律援助人员名册");
        }
        DutyLawyerService s = services.saveAndFlush(new DutyLawyerService(division, r.postKind(), r.postName().trim(), provider.getId(),
                on, r.serviceKind(), plea, witnessed, r.personsHelped(), r.note() == null || r.note().isBlank() ? null : r.note().trim()));
        return mapper.view(s, Map.of(provider.getId(), provider.getName()));
    }

    private Map<UUID, String> providerNames(Collection<DutyLawyerService> rows) {
        Set<UUID> ids = rows.stream().map(DutyLawyerService::getProviderId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : providers.findAllById(ids).stream().collect(Collectors.toMap(Provider::getId, Provider::getName));
    }
}
