package cn.sifa.review.reconsideration;

import cn.sifa.core.workflow.Transition;

/**
 * A step of one 附带审查: what it did to the review (its history row and its own periods) and to the case (the
 * timeline row, the suspension and the decision deadline). The service applies both through the core applier.
 */
record NormativeStep(NormativeReview review, Transition onReview, Transition onCase) {
}
