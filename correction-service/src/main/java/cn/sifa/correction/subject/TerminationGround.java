package cn.sifa.correction.subject;

import java.util.EnumSet;
import java.util.Set;

import cn.sifa.core.dictionary.Labeled;

/**
 * Why a correction ended by revocation or recommitment (刑法第七十七条、第八十六条, 刑事诉讼法第二百六十八条). Only
 * {@link #NEW_CRIME} is a re-offence during correction, the numerator of the 再犯罪率.
 */
public enum TerminationGround implements Labeled {
    NEW_CRIME("矫正期间重新犯罪"),
    UNDISCLOSED_CRIME("发现判决宣告以前还有其他罪没有判决(漏罪)"),
    SERIOUS_VIOLATION("违反法律、行政法规或监督管理规定,情节严重"),
    TEMP_OUTSIDE_CONDITION_ENDED("暂予监外执行的情形消失或不符合暂予监外执行条件");

    private final String label;

    TerminationGround(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The grounds the law gives for this way of ending; empty when the ending needs none. */
    static Set<TerminationGround> allowedFor(EndType type) {
        return switch (type) {
            case TERMINATED_PROBATION_REVOKED, TERMINATED_PAROLE_REVOKED ->
                    EnumSet.of(NEW_CRIME, UNDISCLOSED_CRIME, SERIOUS_VIOLATION);
            case TERMINATED_RECOMMITTED -> EnumSet.of(NEW_CRIME, SERIOUS_VIOLATION, TEMP_OUTSIDE_CONDITION_ENDED);
            default -> EnumSet.noneOf(TerminationGround.class);
        };
    }
}
