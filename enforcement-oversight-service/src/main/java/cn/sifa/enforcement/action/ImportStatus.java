package cn.sifa.enforcement.action;

import cn.sifa.core.dictionary.Labeled;

/** 导入任务状态. */
public enum ImportStatus implements Labeled {
    QUEUED("排队中"),
    RUNNING("导入中"),
    DONE("已完成"),
    FAILED("失败");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
