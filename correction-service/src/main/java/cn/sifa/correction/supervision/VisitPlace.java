package cn.sifa.correction.supervision;

import cn.sifa.core.dictionary.Labeled;

/** Where a home visit (走访) took place. */
public enum VisitPlace implements Labeled {
    HOME("家庭"),
    WORKPLACE("工作单位"),
    COMMUNITY("社区"),
    OTHER("其他");

    private final String label;

    VisitPlace(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
