package cn.sifa.enforcement.legality;

import cn.sifa.core.dictionary.Labeled;

/** 合法性审查状态. */
public enum LegalityStatus implements Labeled {
    RECEIVED("已受理"),
    OPINION_GIVEN("已出具意见"),
    CLOSED("已办结(采纳情况已登记)");

    private final String label;

    LegalityStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
