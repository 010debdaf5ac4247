package cn.sifa.legalaid.consultation;

import cn.sifa.core.dictionary.Labeled;

/** 法律咨询渠道. */
public enum ConsultationChannel implements Labeled {
    WINDOW("窗口"),
    HOTLINE_12348("12348热线"),
    ONLINE("网络"),
    HOME_VISIT("上门服务"),
    DUTY_POST("值班律师工作站"),
    OTHER("其他");

    private final String label;

    ConsultationChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
