package cn.sifa.correction.transfer;

import cn.sifa.core.dictionary.Labeled;

/** 执行地变更的状态. */
public enum TransferStatus implements Labeled {
    APPLIED("已申请"),
    CONSULTING("征求新执行地意见中"),
    REPLIED("新执行地已反馈"),
    APPROVED("同意变更"),
    REFUSED("不同意变更"),
    FILES_SENT("档案已移交"),
    REPORTED("已到新执行地报到");

    private final String label;

    TransferStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
