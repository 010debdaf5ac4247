package cn.sifa.legalaid.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.export.ExportColumn;
import cn.sifa.core.export.ExportFormat;
import cn.sifa.core.list.Filters;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Paging;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.legalaid.aidcase.AidMatter;

/** 法律咨询登记: registration, the list and its export, the detail. */
@Service
@Transactional
public class ConsultationLog {

    private static final Map<String, String> SORTABLE = Map.of("consultedOn", "consultedOn", "channel", "channel", "persons", "persons");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("consultedOn"), Sort.Order.asc("id"));

    private final Consultations consultations;
    private final ConsultationMapper mapper;
    private final Listing listing;
    private final DivisionScope scope;
    private final Clock clock;

    ConsultationLog(Consultations consultations, ConsultationMapper mapper, Listing listing, DivisionScope scope, Clock clock) {
        this.consultations = consultations;
        this.mapper = mapper;
        this.listing = listing;
        this.scope = scope;
        this.clock = clock;
    }

    /** What the consultation list filters on. */
    public record ConsultationFilter(String divisionCode, ConsultationChannel channel, AidMatter matter, LocalDate from,
                                     LocalDate to, String q) {
    }

    @Transactional(readOnly = true)
    public ListPage<ConsultationView> list(ConsultationFilter f, Integer page, Integer size, List<String> sort) {
        return listing.page(Consultation.class, spec(f), Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT), mapper::views);
    }

    @Transactional(readOnly = true)
    public void export(ConsultationFilter f, ExportFormat format, HttpServletResponse response) {
        listing.export(response, format, "法律咨询登记", List.<ExportColumn<ConsultationView>>of(
                        new ExportColumn<>("咨询日期", ConsultationView::consultedOn),
                        new ExportColumn<>("咨询渠道", ConsultationView::channelLabel),
                        new ExportColumn<>("咨询事项", ConsultationView::matterLabel),
                        new ExportColumn<>("人次", ConsultationView::persons),
                        new ExportColumn<>("咨询人", r -> r.enquirerName() == null ? "" : r.enquirerName()),
                        new ExportColumn<>("解答人员", r -> r.answeredBy() == null ? "" : r.answeredBy()),
                        new ExportColumn<>("咨询内容", ConsultationView::summary)),
                Consultation.class, spec(f), Sort.by("consultedOn", "id"), mapper::views);
    }

    private Specification<Consultation> spec(ConsultationFilter f) {
        return Filters.of(Consultation.class).division(scope, f.divisionCode()).eq("channel", f.channel()).eq("matter", f.matter())
                .between("consultedOn", f.from(), f.to()).text(f.q(), "summary", "enquirerName", "answeredBy").build();
    }

    @Transactional(readOnly = true)
    public ConsultationView get(UUID id) {
        return mapper.view(consultations.require(id));
    }

    public ConsultationView register(ConsultationRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate on = StepDates.of("consultedOn", r.consultedOn(), StepDates.today(clock), null, null);
        Consultation c = consultations.saveAndFlush(new Consultation(division, r.channel(), on, r.matter(),
                r.persons() == null ? 1 : r.persons(), blankToNull(r.enquirerName()), blankToNull(r.answeredBy()), r.summary().trim(),
                blankToNull(r.answer())));
        return mapper.view(c);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
