package cn.sifa.mediation.mediator;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.sifa.core.error.NotFoundException;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.list.ListPage;
import cn.sifa.core.list.Listing;
import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.MaskedEdits;
import cn.sifa.core.scope.DivisionScope;
import cn.sifa.core.web.Etags;
import cn.sifa.core.workflow.Workflow;
import cn.sifa.mediation.committee.Committees;

/** The mediators' register: one transaction per request; lists through the core {@link Listing}. */
@Service
@Transactional
class MediatorService {

    private final Mediators mediators;
    private final Committees committees;
    private final DivisionScope scope;
    private final Listing listing;
    private final Workflow workflow;
    private final MediatorTrainings trainings;

    MediatorService(Mediators mediators, Committees committees, DivisionScope scope, Listing listing, Workflow workflow,
                    MediatorTrainings trainings) {
        this.trainings = trainings;
        this.mediators = mediators;
        this.committees = committees;
        this.scope = scope;
        this.listing = listing;
        this.workflow = workflow;
    }

    @Transactional(readOnly = true)
    ListPage<MediatorView> list(Specification<Mediator> spec, Pageable pageable) {
        return listing.page(Mediator.class, spec, pageable, rows -> rows.stream().map(MediatorController::listRow).toList());
    }

    Mediator create(MediatorRequest r) {
        String division = scope.divisionForCreate(r.divisionCode());
        ValidationException.Collector errors = new ValidationException.Collector();
        // A new mediator has no stored number a masked value could stand for: stars are refused.
        String idNumber = MaskedEdits.idNumber(r.idNumber(), null, "idNumber", errors);
        String phone = MaskedEdits.phone(r.phone(), null, "phone", errors);
        errors.throwIfAny();
        checkReferences(r, idNumber);
        Mediator m = new Mediator(division, r.committeeId(), r.name().trim(), r.gender(), idNumber, phone, r.username(),
                r.employment(), r.grade(), r.profession(), Boolean.TRUE.equals(r.inExpertPool()), r.appointedOn(), r.specialties());
        return mediators.saveAndFlush(m);
    }

    @Transactional(readOnly = true)
    Mediator get(UUID id) {
        Mediator m = load(id);
        m.getSpecialties().size();
        return m;
    }

    Mediator update(UUID id, String ifMatch, MediatorRequest r) {
        Mediator m = load(id);
        Etags.checkIfMatch(ifMatch, m.getVersion());
        // The edit form sends back the masked ID number the detail showed: it keeps the stored one.
        ValidationException.Collector errors = new ValidationException.Collector();
        String idNumber = MaskedEdits.idNumber(r.idNumber(), m.getIdNumber(), "idNumber", errors);
        String phone = MaskedEdits.phone(r.phone(), m.getPhone(), "phone", errors);
        errors.throwIfAny();
        checkReferences(r, idNumber);
        m.update(r.name().trim(), r.gender(), idNumber, phone, r.username(), r.employment(), r.grade(), r.profession(),
                Boolean.TRUE.equals(r.inExpertPool()), r.active() == null || r.active(), r.specialties());
        m.moveTo(r.committeeId());
        return mediators.saveAndFlush(m);
    }

    /** The mediator's trainings, newest first, with the hours added up (404 for a mediator out of scope). */
    @Transactional(readOnly = true)
    TrainingRecords.TrainingList trainings(UUID mediatorId) {
        load(mediatorId);
        List<TrainingRecords.TrainingView> rows = trainings.findByMediatorIdOrderByTrainedOnDescCreatedAtDesc(mediatorId).stream()
                .map(TrainingRecords.TrainingView::of).toList();
        java.math.BigDecimal total = rows.stream().map(TrainingRecords.TrainingView::hours).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        return new TrainingRecords.TrainingList(total, rows);
    }

    /** 登记培训: dated not after today (a course before the appointment, 岗前培训, counts too). */
    MediatorTraining addTraining(UUID mediatorId, TrainingRecords.TrainingRequest r) {
        Mediator m = load(mediatorId);
        LocalDate today = workflow.today();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.trainedOn().isAfter(today)) {
            errors.add("trainedOn", "date-in-future", "培训日期不能晚于今天");
        }
        errors.throwIfAny();
        MediatorTraining t = new MediatorTraining(m, r.trainedOn(), r.hours(), r.subject().trim(), blankToNull(r.organizer()),
                blankToNull(r.certificateNo()));
        return trainings.saveAndFlush(t);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void checkReferences(MediatorRequest r, String idNumber) {
        LocalDate today = workflow.today();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.committeeId() != null && !committees.existsById(r.committeeId())) {
            errors.add("committeeId", "unknown-committee", "调委会 " + r.committeeId() + " 不存在");
        }
        if (r.appointedOn() != null && r.appointedOn().isAfter(today)) {
            errors.add("appointedOn", "date-in-future", "聘任日期不能晚于今天");
        }
        if (idNumber != null && CitizenId.parse(idNumber).ageOn(today) < 18) {
            errors.add("idNumber", "not-adult", "人民调解员应为成年公民(《人民调解法》第十四条)");
        }
        errors.throwIfAny();
    }

    private Mediator load(UUID id) {
        return mediators.findById(id).orElseThrow(() -> new NotFoundException("调解员", id));
    }
}
