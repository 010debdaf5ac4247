package cn.sifa.legalaid.provider;

import cn.sifa.core.dictionary.Labeled;

/** 法律援助人员类别 (法律援助法第十六条、第十七条). */
public enum ProviderKind implements Labeled {
    LAWYER("律师"),
    GRASSROOTS_WORKER("基层法律服务工作者"),
    VOLUNTEER("法律援助志愿者");

    private final String label;

    ProviderKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
