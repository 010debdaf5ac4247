package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;

/** 终止法律援助的情形 (法律援助法第四十八条). */
public enum TerminationGround implements Labeled {
    FRAUD("以欺骗或者其他不正当手段获得法律援助"),
    CONCEALMENT_FALSE_EVIDENCE("故意隐瞒与案件有关的重要事实或者提供虚假证据"),
    ILLEGAL_USE("利用法律援助从事违法活动"),
    NO_LONGER_ELIGIBLE("经济状况改善不再符合法律援助条件"),
    CASE_ENDED("案件终止审理或者已被撤销"),
    SELF_RETAINED_COUNSEL("受援人自行委托律师或者其他代理人"),
    CLIENT_REQUEST("受援人有正当理由要求终止法律援助"),
    OTHER("法律法规规定的其他情形");

    private final String label;

    TerminationGround(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
