package cn.sifa.correction.resettlement;

import cn.sifa.core.dictionary.Labeled;

/** Where the person comes from: a prison's release notice, or discharge from community correction. */
public enum ReleaseOrigin implements Labeled {
    PRISON("刑满释放"),
    CORRECTION("解除社区矫正");

    private final String label;

    ReleaseOrigin(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
