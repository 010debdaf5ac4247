package cn.sifa.enforcement.complaint;

import cn.sifa.core.dictionary.Labeled;

/** 执法投诉状态. */
public enum ComplaintStatus implements Labeled {
    RECEIVED("已受理"),
    INVESTIGATING("调查中"),
    RECTIFYING("整改中"),
    REPORTED("已报送整改报告"),
    CLOSED("已办结");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
