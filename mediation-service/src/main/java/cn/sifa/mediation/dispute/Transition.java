package cn.sifa.mediation.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * What a workflow step did: the history row to write and the deadlines it opens, meets or cancels. The aggregate
 * decides all of it; {@link CaseWorkflow} only carries it out with the core services.
 */
public record Transition(CaseAction action, CaseStatus from, CaseStatus to, LocalDate on, String comment,
                         List<DeadlineEffect> deadlines) {

    public sealed interface DeadlineEffect {
    }

    public record Open(String rule, LocalDate anchor) implements DeadlineEffect {
    }

    public record Meet(String rule, LocalDate on) implements DeadlineEffect {
    }

    public record Cancel(String rule) implements DeadlineEffect {
    }

    public record CancelAll() implements DeadlineEffect {
    }
}
