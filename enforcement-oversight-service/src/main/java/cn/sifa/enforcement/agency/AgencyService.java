package cn.sifa.enforcement.agency;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import cn.sifa.core.web.Etags;
import cn.sifa.core.web.Paging;

/** 执法主体: registration, changes, the list and its export, each in one transaction. */
@Service
@Transactional
public class AgencyService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "divisionCode", "divisionCode");
    private static final Sort DEFAULT_SORT = Sort.by("divisionCode", "name", "id");

    private final Agencies agencies;
    private final AgencyMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;

    AgencyService(Agencies agencies, AgencyMapper mapper, Listing listing, DivisionScope scope) {
        this.agencies = agencies;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
    }

    /** What an agency list filters on. */
    public record AgencyFilter(String divisionCode, String q, AgencyKind kind) {
    }

    @Transactional(readOnly = true)
    public ListPage<AgencyView> list(AgencyFilter f, Integer page, Integer size, List<String> sort) {
        return listing.page(Agency.class, spec(f), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT), mapper::views);
    }

    @Transactional(readOnly = true)
    public void export(AgencyFilter f, ExportFormat format, HttpServletResponse response) {
        listing.export(response, format, "执法主体", List.<ExportColumn<AgencyView>>of(
                        ExportColumn.division("行政区划", AgencyView::divisionCode), new ExportColumn<>("名称", AgencyView::name),
                        new ExportColumn<>("统一社会信用代码", AgencyView::creditCode),
                        new ExportColumn<>("类型", AgencyView::kindLabel),
                        new ExportColumn<>("权责清单类别", a -> String.join("、", a.powerCategories().stream().map(c -> c.label()).toList())),
                        new ExportColumn<>("是否有效", a -> a.active() ? "是" : "否")),
                Agency.class, spec(f), DEFAULT_SORT, mapper::views);
    }

    private Specification<Agency> spec(AgencyFilter f) {
        return Filters.of(Agency.class).division(scope, f.divisionCode()).text(f.q(), "name").eq("kind", f.kind()).build();
    }

    @Transactional(readOnly = true)
    public AgencyView get(UUID id) {
        return mapper.view(agencies.require(id));
    }

    public AgencyView create(AgencyRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        check(r);
        if (agencies.existsByDivisionCodeAndName(division, r.name().trim())) {
            throw new ConflictException("本区划已有同名执法主体:" + r.name());
        }
        Agency agency = new Agency(division, r.name().trim());
        apply(agency, r);
        return mapper.view(agencies.saveAndFlush(agency));
    }

    public AgencyView update(UUID id, String ifMatch, AgencyRequest r) {
        Agency agency = agencies.require(id);
        Etags.checkIfMatch(ifMatch, agency.getVersion());
        check(r);
        apply(agency, r);
        return mapper.view(agencies.saveAndFlush(agency));
    }

    private static void check(AgencyRequest r) {
        if (r.kind() == AgencyKind.ENTRUSTED && (r.entrustedBy() == null || r.entrustedBy().isBlank())) {
            throw ValidationException.of("entrustedBy", "required", "受委托组织须填写委托机关");
        }
    }

    private static void apply(Agency agency, AgencyRequest r) {
        agency.update(r.name().trim(), r.shortName(), r.creditCode(), r.kind(), r.entrustedBy(), r.powerCategories(),
                r.active() == null || r.active());
    }
}
