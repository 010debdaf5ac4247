package cn.sifa.enforcement.leniency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.person.CreditCode;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.enforcement.agency.Agencies;
import cn.sifa.enforcement.agency.Agency;
import cn.sifa.enforcement.leniency.LeniencyRequests.DecisionRequest;
import cn.sifa.enforcement.leniency.LeniencyRequests.ItemRequest;
import cn.sifa.enforcement.leniency.LeniencyViews.DecisionView;
import cn.sifa.enforcement.leniency.LeniencyViews.ItemView;

/**
 * 免罚轻罚清单 and the decisions not to punish (行政处罚法第三十三条): records without workflow steps, each create in
 * one transaction; lists and the decisions' export through the core listing.
 */
@Service
@Transactional
public class LeniencyService {

    private static final Sort ITEM_SORT = Sort.by("listKind", "matter", "id");
    private static final Map<String, String> DECISION_SORTABLE = Map.of("decidedOn", "decidedOn");
    private static final Sort DECISION_SORT = Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.asc("id"));

    private final LeniencyItems items;
    private final LenientDecisions decisions;
    private final Agencies agencies;
    private final LeniencyMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final Workflow workflow;

    LeniencyService(LeniencyItems items, LenientDecisions decisions, Agencies agencies, LeniencyMapper mapper, Listing listing,
                    DivisionScope scope, Workflow workflow) {
        this.items = items;
        this.decisions = decisions;
        this.agencies = agencies;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.workflow = workflow;
    }

    /** What the list of items filters on. */
    public record ItemFilter(String divisionCode, LeniencyListKind listKind, UUID agencyId, String q) {
    }

    /** What the list of decisions filters on. */
    public record DecisionFilter(String divisionCode, UUID agencyId, LenientKind kind, LocalDate from, LocalDate to) {
    }

    @Transactional(readOnly = true)
    public ListPage<ItemView> items(ItemFilter f, Integer page, Integer size) {
        Specification<LeniencyItem> spec = Filters.of(LeniencyItem.class).division(scope, f.divisionCode())
                .eq("listKind", f.listKind()).eq("agencyId", f.agencyId()).text(f.q(), "matter").build();
        return listing.page(LeniencyItem.class, spec, Paging.of(page, size, null, Map.of(), ITEM_SORT), mapper::items);
    }

    @Transactional(readOnly = true)
    public ItemView item(UUID id) {
        return mapper.item(items.require(id));
    }

    public ItemView createItem(ItemRequest r) {
        String division = r.agencyId() != null ? agencies.require(r.agencyId()).getDivisionCode()
                : scope.divisionForCreate(r.divisionCode());
        StepDates.of("publishedOn", r.publishedOn(), workflow.today(), null, null);
        return mapper.item(items.saveAndFlush(new LeniencyItem(division, r.agencyId(), r.listKind(), r.matter().trim(),
                r.legalBasis().trim(), r.conditions().trim(), r.publishedOn())));
    }

    @Transactional(readOnly = true)
    public ListPage<DecisionView> decisions(DecisionFilter f, Integer page, Integer size, List<String> sort) {
        return listing.page(LenientDecision.class, decisionSpec(f), Paging.of(page, size, sort, DECISION_SORTABLE, DECISION_SORT),
                mapper::decisions);
    }

    @Transactional(readOnly = true)
    public void exportDecisions(DecisionFilter f, ExportFormat format, HttpServletResponse response) {
        listing.export(response, format, "不予处罚决定", List.<ExportColumn<DecisionView>>of(
                        new ExportColumn<>("情形", DecisionView::kindLabel), new ExportColumn<>("当事人", DecisionView::partyName),
                        new ExportColumn<>("违法行为", DecisionView::violation), new ExportColumn<>("决定日期", DecisionView::decidedOn),
                        new ExportColumn<>("教育方式", DecisionView::educationMethod)),
                LenientDecision.class, decisionSpec(f), Sort.by("decidedOn", "id"), mapper::decisions);
    }

    private Specification<LenientDecision> decisionSpec(DecisionFilter f) {
        return Filters.of(LenientDecision.class).division(scope, f.divisionCode()).eq("agencyId", f.agencyId())
                .eq("kind", f.kind()).between("decidedOn", f.from(), f.to()).build();
    }

    @Transactional(readOnly = true)
    public DecisionView decision(UUID id) {
        return mapper.decision(decisions.require(id));
    }

    /** 首违不罚、轻微不罚 presuppose a timely correction, no later than the decision; 无过错不罚 does not. */
    public DecisionView createDecision(DecisionRequest r) {
        Agency agency = agencies.require(r.agencyId());
        if (r.leniencyItemId() != null) {
            items.require(r.leniencyItemId());
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "decidedOn", r.decidedOn(), workflow.today());
        if (r.correctedOn() != null && r.correctedOn().isAfter(r.decidedOn()) && r.kind() != LenientKind.NO_FAULT) {
            errors.add("correctedOn", "date-order", "首违不罚、轻微不罚以及时改正为前提,改正日期不能晚于决定日期");
        }
        if (r.kind() != LenientKind.NO_FAULT && r.correctedOn() == null) {
            errors.add("correctedOn", "required", "首违不罚、轻微不罚须填写改正日期");
        }
        errors.throwIfAny();
        String credit = r.partyCreditCode() == null || r.partyCreditCode().isBlank() ? null : CreditCode.parse(r.partyCreditCode()).value();
        return mapper.decision(decisions.saveAndFlush(new LenientDecision(agency.getDivisionCode(), agency.getId(), r.leniencyItemId(),
                r.kind(), r.partyName().trim(), credit, r.violation().trim(), r.decidedOn(), r.correctedOn(), r.educationMethod().trim())));
    }
}
