package cn.sifa.correction.resettlement;

import cn.sifa.core.dictionary.Labeled;

/** 刑满释放人员安置帮教的状态. */
public enum ReleasedStatus implements Labeled {
    AWAITING_RELEASE("待释放"),
    SUPPORTING("帮教中"),
    ENDED("帮教期满/解除"),
    REOFFENDED("重新犯罪");

    private final String label;

    ReleasedStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
