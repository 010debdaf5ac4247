package cn.sifa.correction.leave;

import cn.sifa.core.dictionary.Labeled;

/** 外出的种类: one trip, or frequent cross-county travel approved by the county agency for up to 6 months. */
public enum LeaveKind implements Labeled {
    SINGLE("单次外出"),
    FREQUENT("经常性跨市县活动");

    /** A frequent-travel approval lasts at most this many months (实施办法). */
    public static final int FREQUENT_MAX_MONTHS = 6;

    private final String label;

    LeaveKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
