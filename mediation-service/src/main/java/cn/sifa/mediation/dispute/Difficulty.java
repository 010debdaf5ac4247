package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Difficulty of a dispute, the basis of subsidies and credit points. */
public enum Difficulty implements Labeled {
    SIMPLE("简易纠纷"),
    ORDINARY("一般纠纷"),
    DIFFICULT("疑难复杂纠纷"),
    MAJOR("重大纠纷");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
