package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 附带审查的来源: the applicant's request (第13、56条) or the 复议机关's own finding on the act's basis (第57条). */
public enum NormativeReviewSource implements Labeled {
    APPLICANT_REQUEST("申请人一并提出(第13、56条)"),
    EX_OFFICIO("复议机关依职权(第57条)");

    private final String label;

    NormativeReviewSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
