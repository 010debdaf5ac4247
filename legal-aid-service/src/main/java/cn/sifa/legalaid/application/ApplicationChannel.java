package cn.sifa.legalaid.application;

import cn.sifa.core.dictionary.Labeled;

/** 申请渠道. */
public enum ApplicationChannel implements Labeled {
    WINDOW("窗口"),
    ONLINE("网上申请"),
    HOTLINE_12348("12348热线"),
    HOME_VISIT("上门服务"),
    CROSS_REGION("全域通办");

    private final String label;

    ApplicationChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
