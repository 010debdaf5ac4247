package cn.sifa.core.error;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A workflow step the record's current state does not allow. */
public class InvalidTransitionException extends SifaException {

    private final String currentState;
    private final List<String> allowedActions;

    public InvalidTransitionException(String action, String currentState, List<String> allowedActions) {
        super(HttpStatus.CONFLICT, "invalid-transition", "当前状态不允许此操作",
                "当前状态为 " + currentState + ",不能执行 " + action + ";可执行的操作:" +
                        (allowedActions.isEmpty() ? "无" : String.join("、", allowedActions)));
        this.currentState = currentState;
        this.allowedActions = List.copyOf(allowedActions);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentState", currentState, "allowedActions", allowedActions);
    }
}
