package cn.sifa.core.list;

import cn.sifa.core.security.CurrentCaller;

/** "My records" on every list: {@code mine=true}; the older {@code assignee=me} still works for one release. */
public final class Mine {

    private Mine() {
    }

    /** The assignee a list filters on, or null for none. */
    public static String assignee(Boolean mine, String assignee) {
        if (Boolean.TRUE.equals(mine) || "me".equals(assignee)) {
            return CurrentCaller.get().subject();
        }
        return assignee == null || assignee.isBlank() ? null : assignee;
    }
}
