package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Why a committee does not mediate: Art 17 (a party refuses) and 司法部令第75号 Art 22 [U]. */
public enum DeclineReason implements Labeled {
    PARTY_REFUSED("当事人明确拒绝调解"),
    RESERVED_TO_OTHER_BODY("法律规定由专门机关管辖处理"),
    NOT_MEDIABLE("法律禁止采用民间调解方式解决"),
    ALREADY_HANDLED_ELSEWHERE("已由法院、公安或其他行政机关受理或解决"),
    OTHER("其他");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
