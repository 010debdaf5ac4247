package cn.sifa.enforcement.inspection;

import cn.sifa.core.dictionary.Labeled;

/** 审批层级. */
public enum ApprovalLevel implements Labeled {
    UNIT("本机关负责人"),
    GOVERNMENT("本级人民政府(司法局)");

    private final String label;

    ApprovalLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
