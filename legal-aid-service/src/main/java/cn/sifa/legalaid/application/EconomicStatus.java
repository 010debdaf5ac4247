package cn.sifa.legalaid.application;

import cn.sifa.core.dictionary.Labeled;

/** 经济困难状况 (第四十一条诚信承诺与核查;第四十二条免予核查;第三十二条不受经济困难条件限制,两者法律依据不同). */
public enum EconomicStatus implements Labeled {
    COMMITMENT("诚信承诺"),
    VERIFIED("经核查符合经济困难标准"),
    VERIFICATION_EXEMPT("免予核查经济困难状况"),
    CONDITION_WAIVED("不受经济困难条件限制");

    private final String label;

    EconomicStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
