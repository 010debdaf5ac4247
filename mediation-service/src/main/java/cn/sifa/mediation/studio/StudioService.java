package cn.sifa.mediation.studio;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.workflow.StepDates;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.mediation.committee.Committees;
import cn.sifa.mediation.mediator.Mediators;
import cn.sifa.mediation.studio.StudioController.HonourRequest;
import cn.sifa.mediation.studio.StudioController.StudioRequest;
import cn.sifa.mediation.studio.StudioController.StudioView;

/** Brand studios and their honours: one transaction per request; the list through the core {@link Listing}. */
@Service
@Transactional
class StudioService {

    private final Studios studios;
    private final Committees committees;
    private final Mediators mediators;
    private final DivisionScope scope;
    private final Listing listing;
    private final Workflow workflow;

    StudioService(Studios studios, Committees committees, Mediators mediators, DivisionScope scope, Listing listing,
                  Workflow workflow) {
        this.studios = studios;
        this.committees = committees;
        this.mediators = mediators;
        this.scope = scope;
        this.listing = listing;
        this.workflow = workflow;
    }

    @Transactional(readOnly = true)
    ListPage<StudioView> list(Specification<Studio> spec, Pageable pageable) {
        return listing.page(Studio.class, spec, pageable, rows -> rows.stream().map(StudioController::view).toList());
    }

    Studio create(StudioRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        LocalDate today = workflow.today();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.committeeId() != null && !committees.existsById(r.committeeId())) {
            errors.add("committeeId", "unknown-committee", "调委会不存在");
        }
        if (r.leadMediatorId() != null && !mediators.existsById(r.leadMediatorId())) {
            errors.add("leadMediatorId", "unknown-mediator", "调解员不存在");
        }
        StepDates.notInFuture(errors, "establishedOn", r.establishedOn(), today);
        if (r.honours() != null) {
            for (int i = 0; i < r.honours().size(); i++) {
                StepDates.notInFuture(errors, "honours[" + i + "].awardedOn", r.honours().get(i).awardedOn(), today);
            }
        }
        errors.throwIfAny();
        Studio s = new Studio(division, r.name().trim(), r.kind(), r.committeeId(), r.leadMediatorId(), r.establishedOn(), r.description());
        if (r.honours() != null) {
            r.honours().forEach(h -> s.award(new Honour(h.title(), h.level(), h.awardedOn(), h.awardedBy())));
        }
        return studios.saveAndFlush(s);
    }

    @Transactional(readOnly = true)
    StudioView get(UUID id) {
        return StudioController.view(load(id));
    }

    StudioView award(UUID id, HonourRequest h) {
        Studio s = load(id);
        ValidationException.Collector errors = new ValidationException.Collector();
        StepDates.notInFuture(errors, "awardedOn", h.awardedOn(), workflow.today());
        errors.throwIfAny();
        s.award(new Honour(h.title(), h.level(), h.awardedOn(), h.awardedBy()));
        return StudioController.view(studios.saveAndFlush(s));
    }

    private Studio load(UUID id) {
        return studios.findById(id).orElseThrow(() -> new NotFoundException("品牌调解室", id));
    }
}
