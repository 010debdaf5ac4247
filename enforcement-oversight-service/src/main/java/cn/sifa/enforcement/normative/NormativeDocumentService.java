package cn.sifa.enforcement.normative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.deadline.DeadlineCalculator;
import cn.sifa.core.deadline.DeadlineRule;
import cn.sifa.core.deadline.DeadlineRules;
import cn.sifa.core.error.ConflictException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.DueDates;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Transition;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.CorrectionRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.FileRequest;
import cn.sifa.enforcement.normative.NormativeDocumentRequests.ReviewRequest;
import cn.sifa.enforcement.workflow.RecordSteps;

/** 规范性文件备案审查: filing, review, correction, the list and its export, each in one transaction. */
@Service
@Transactional
public class NormativeDocumentService {

    private static final Map<String, String> SORTABLE = Map.of("filedOn", "filedOn", "publishedOn", "publishedOn",
            "status", "status", "nextDueOn", "nextDueOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("filedOn"), Sort.Order.asc("id"));

    private final NormativeDocuments documents;
    private final RecordSteps steps;
    private final NormativeDocumentMapper mapper;
    private final Listing listing;
    private final DueDates dueDates;
    private final DivisionScope scope;
    private final DeadlineRules rules;
    private final DeadlineCalculator calculator;

    NormativeDocumentService(NormativeDocuments documents, RecordSteps steps, NormativeDocumentMapper mapper, Listing listing,
                             DueDates dueDates, DivisionScope scope, DeadlineRules rules, DeadlineCalculator calculator) {
        this.documents = documents;
        this.steps = steps;
        this.mapper = mapper;
        this.listing = listing;
        this.dueDates = dueDates;
        this.scope = scope;
        this.rules = rules;
        this.calculator = calculator;
    }

    /** What a normative document list filters on. */
    public record DocumentFilter(String divisionCode, NormativeStatus status, Boolean filedLate, String q, LocalDate from,
                                 LocalDate to, Boolean overdue, Boolean dueSoon) {
    }

    @Transactional(readOnly = true)
    public ListPage<NormativeDocumentListItem> list(DocumentFilter f, Integer page, Integer size, List<String> sort) {
        LocalDate today = steps.today();
        return listing.page(NormativeDocument.class, spec(f, today), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT),
                rows -> mapper.rows(rows, today));
    }

    @Transactional(readOnly = true)
    public void export(DocumentFilter f, ExportFormat format, HttpServletResponse response) {
        LocalDate today = steps.today();
        listing.export(response, format, "规范性文件备案", List.<ExportColumn<NormativeDocumentListItem>>of(
                        new ExportColumn<>("标题", NormativeDocumentListItem::title),
                        new ExportColumn<>("文号", NormativeDocumentListItem::documentNo),
                        new ExportColumn<>("制定机关", NormativeDocumentListItem::issuingBody),
                        new ExportColumn<>("公布日期", NormativeDocumentListItem::publishedOn),
                        new ExportColumn<>("备案日期", NormativeDocumentListItem::filedOn),
                        new ExportColumn<>("逾期备案", d -> d.filedLate() ? "是" : "否"),
                        new ExportColumn<>("状态", NormativeDocumentListItem::statusLabel),
                        new ExportColumn<>("期限届满", NormativeDocumentListItem::nextDueOn),
                        new ExportColumn<>("逾期", d -> d.overdue() ? "是" : "否")),
                NormativeDocument.class, spec(f, today), Sort.by("filedOn", "id"), rows -> mapper.rows(rows, today));
    }

    private Specification<NormativeDocument> spec(DocumentFilter f, LocalDate today) {
        return Filters.of(NormativeDocument.class).division(scope, f.divisionCode()).eq("status", f.status())
                .eq("filedLate", f.filedLate()).text(f.q(), "title", "documentNo").between("filedOn", f.from(), f.to())
                .and(DueDates.overdue(f.overdue(), today)).and(dueDates.dueSoon(f.dueSoon(), today)).build();
    }

    @Transactional(readOnly = true)
    public NormativeDocumentView get(UUID id) {
        return detail(documents.require(id));
    }

    /** 备案: late when filed after the filing period (the province's rule, counted from publication); 409 on a known 文号. */
    public NormativeDocumentView file(FileRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate today = steps.today();
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "publishedOn", r.publishedOn(), today);
        LocalDate filedOn = r.filedOn() == null ? today : r.filedOn();
        StepDates.check(errors, "filedOn", filedOn, today, r.publishedOn(), "公布日期");
        errors.throwIfAny();
        String documentNo = r.documentNo().trim();
        if (documents.existsByDivisionCodeAndDocumentNo(division, documentNo)) {
            throw new ConflictException("文号 " + r.documentNo() + " 已备案");
        }
        DeadlineRule filing = rules.resolve(NormativeDocument.FILING_RULE, division);
        LocalDate filingDue = calculator.due(r.publishedOn(), filing.getAmount(), filing.getUnit(), filing.isExpiry()).date();
        NormativeDocument doc = new NormativeDocument(division, r.title().trim(), documentNo, r.issuingBody().trim(),
                r.publishedOn(), filedOn);
        doc.markLate(filingDue);
        return detail(steps.create(doc, d -> d.registration(filingDue)));
    }

    public NormativeDocumentView review(UUID id, String ifMatch, ReviewRequest r) {
        return step(id, ifMatch, d -> d.review(r.correctionRequired(), r.opinion(), r.reviewedOn(), steps.today()));
    }

    public NormativeDocumentView reportCorrection(UUID id, String ifMatch, CorrectionRequest r) {
        return step(id, ifMatch, d -> d.reportCorrection(r.note(), r.correctedOn(), steps.today()));
    }

    private NormativeDocumentView step(UUID id, String ifMatch, Function<NormativeDocument, Transition> decide) {
        return detail(steps.step(documents.require(id), ifMatch, decide));
    }

    private NormativeDocumentView detail(NormativeDocument d) {
        return mapper.detail(d, steps.state(d));
    }
}
