package cn.sifa.correction.leave;

import cn.sifa.core.dictionary.Labeled;

/**
 * Who approves a leave (实施办法): the entrusted 司法所 up to 7 days, the county agency above 7 days, the next higher
 * agency above 30 days or above 30 days in total within 2 months. Ordered from the lowest level up.
 */
public enum ApproverLevel implements Labeled {
    JUSTICE_OFFICE("司法所"),
    COUNTY_AGENCY("县级社区矫正机构"),
    HIGHER_AGENCY("上一级社区矫正机构");

    /** The 司法所 approves up to this many days. */
    public static final int OFFICE_MAX_DAYS = 7;
    /** Each approval up to this many days, alone or in total within {@link #WINDOW_MONTHS} months. */
    public static final int COUNTY_MAX_DAYS = 30;
    public static final int WINDOW_MONTHS = 2;

    private final String label;

    ApproverLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The level a leave of {@code days} needs, with {@code cumulativeDays} its days plus the approved ones of the 2 months before. */
    public static ApproverLevel required(int days, int cumulativeDays) {
        if (days > COUNTY_MAX_DAYS || cumulativeDays > COUNTY_MAX_DAYS) {
            return HIGHER_AGENCY;
        }
        return days > OFFICE_MAX_DAYS ? COUNTY_AGENCY : JUSTICE_OFFICE;
    }
}
