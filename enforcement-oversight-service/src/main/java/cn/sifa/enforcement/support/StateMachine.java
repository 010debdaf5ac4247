package cn.sifa.enforcement.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.sifa.core.error.InvalidTransitionException;

/**
 * The steps a workflow allows from each state. An aggregate asks {@link #check} before every step, so an illegal
 * step is a 409 naming the current state and the allowed steps; views list {@link #actionsFrom} for the portal's buttons.
 */
public final class StateMachine<S extends Enum<S>> {

    private final Map<S, Map<String, Set<S>>> steps;

    public StateMachine(Class<S> type) {
        this.steps = new EnumMap<>(type);
    }

    @SafeVarargs
    public final StateMachine<S> allow(S from, String action, S... to) {
        steps.computeIfAbsent(from, s -> new LinkedHashMap<>()).put(action, Set.of(to));
        return this;
    }

    public List<String> actionsFrom(S state) {
        return new ArrayList<>(steps.getOrDefault(state, Map.of()).keySet());
    }

    /** @throws InvalidTransitionException when {@code action} is not allowed from {@code current} */
    public void check(String action, S current) {
        if (!steps.getOrDefault(current, Map.of()).containsKey(action)) {
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
