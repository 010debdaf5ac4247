package cn.sifa.review.reconsideration;

import java.util.EnumSet;
import java.util.Set;

/** Groupings of {@link ReconsiderationOutcome} the decision step and the statistics share. */
public final class ReconsiderationOutcomes {

    /** The outcomes of the decision step: the merits decisions of 第63-72条 and 驳回申请 (第33条). */
    public static final Set<ReconsiderationOutcome> DECISIONS = EnumSet.of(ReconsiderationOutcome.CHANGE,
            ReconsiderationOutcome.REVOKE, ReconsiderationOutcome.PARTIAL_REVOKE, ReconsiderationOutcome.CONFIRM_ILLEGAL,
            ReconsiderationOutcome.ORDER_PERFORMANCE, ReconsiderationOutcome.CONFIRM_INVALID, ReconsiderationOutcome.UPHOLD,
            ReconsiderationOutcome.REJECT_CLAIM, ReconsiderationOutcome.AGREEMENT_LIABILITY,
            ReconsiderationOutcome.COMPENSATION_REJECTED, ReconsiderationOutcome.COMPENSATION_ORDERED,
            ReconsiderationOutcome.RESTITUTION_ORDERED, ReconsiderationOutcome.APPLICATION_DISMISSED);

    /** 纠错: the outcomes that correct the agency (numerator of 纠错率, over merits decisions). */
    public static final Set<ReconsiderationOutcome> CORRECTIONS = EnumSet.of(ReconsiderationOutcome.CHANGE,
            ReconsiderationOutcome.REVOKE, ReconsiderationOutcome.PARTIAL_REVOKE, ReconsiderationOutcome.CONFIRM_ILLEGAL,
            ReconsiderationOutcome.ORDER_PERFORMANCE, ReconsiderationOutcome.CONFIRM_INVALID);

    private ReconsiderationOutcomes() {
    }
}
