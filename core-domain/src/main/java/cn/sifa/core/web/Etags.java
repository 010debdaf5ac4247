package cn.sifa.core.web;

import cn.sifa.core.error.PreconditionFailedException;
import cn.sifa.core.error.PreconditionRequiredException;

/** ETag = the record's version, quoted; If-Match must name the current version or the step answers 412. */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** No-op without If-Match; {@code *} matches any version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String wanted = ifMatch.trim();
        if (wanted.startsWith("W/")) {
            wanted = wanted.substring(2);
        }
        if (!wanted.equals(of(currentVersion))) {
            throw new PreconditionFailedException("记录已被修改(当前版本 " + of(currentVersion) + ",请求版本 " + ifMatch + "),请刷新后重试");
        }
    }

    /**
     * As {@link #checkIfMatch}, for writes that must name the version they change (an edit form sent back whole):
     * without If-Match the answer is 428, so an edit never overwrites a change the caller has not seen.
     */
    public static void requireIfMatch(String ifMatch, long currentVersion, String detail) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(detail);
        }
        checkIfMatch(ifMatch, currentVersion);
    }
}
