package cn.sifa.correction.subject;

import cn.sifa.core.dictionary.Labeled;

/** 社区矫正对象的状态. */
public enum SubjectStatus implements Labeled {
    AWAITING_REPORT("待报到"),
    RECEIVED("已报到登记"),
    UNDER_CORRECTION("矫正中"),
    LOST_CONTACT("脱管"),
    REVOCATION_PROPOSED("已提请撤销/收监"),
    DISCHARGE_PENDING("待解矫"),
    DISCHARGED("已解除矫正"),
    TERMINATED("已终止矫正"),
    TRANSFERRED_OUT("已变更执行地");

    private final String label;

    SubjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
