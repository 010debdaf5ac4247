package cn.sifa.core.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.sifa.core.error.InvalidTransitionException;

/**
 * The steps a workflow allows from each state: one table that both refuses an illegal step (409
 * {@code invalid-transition}, naming the current state and the allowed steps) and lists the allowed actions that
 * views return and the portal turns into buttons. Actions are the last path segment of the step endpoint
 * ({@code accept}, {@code issue-document}).
 */
public final class StateMachine<S extends Enum<S>> {

    private final Map<S, Map<String, Set<S>>> steps;

    public StateMachine(Class<S> type) {
        this.steps = new EnumMap<>(type);
    }

    /** Allows {@code action} from {@code from}, leading to one of {@code to} (to {@code from} itself when none is named). */
    @SafeVarargs
    public final StateMachine<S> allow(S from, String action, S... to) {
        steps.computeIfAbsent(from, s -> new LinkedHashMap<>()).put(action, to.length == 0 ? Set.of(from) : Set.of(to));
        return this;
    }

    /** The same action allowed from each of {@code from}, staying in the state it was taken from. */
    public StateMachine<S> allowIn(String action, Iterable<S> from) {
        for (S state : from) {
            allow(state, action);
        }
        return this;
    }

    public List<String> actionsFrom(S state) {
        return new ArrayList<>(steps.getOrDefault(state, Map.of()).keySet());
    }

    public boolean allows(S current, String action) {
        return steps.getOrDefault(current, Map.of()).containsKey(action);
    }

    /** @throws InvalidTransitionException when {@code action} is not allowed from {@code current} */
    public void check(String action, S current) {
        if (!allows(current, action)) {
            throw new InvalidTransitionException(action, current.name(), actionsFrom(current));
        }
    }

    /** Checks that {@code action} may lead from {@code current} to {@code target}. */
    public void check(String action, S current, S target) {
        check(action, current);
        if (!steps.get(current).get(action).contains(target)) {
            throw new InvalidTransitionException(action, current.name(), actionsFrom(current));
        }
    }
}
