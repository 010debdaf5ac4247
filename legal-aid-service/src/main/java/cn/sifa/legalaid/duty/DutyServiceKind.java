package cn.sifa.legalaid.duty;

import cn.sifa.core.dictionary.Labeled;

/** What a duty lawyer did (法律援助法第三十条、第三十七条、第三十九条). */
public enum DutyServiceKind implements Labeled {
    LEGAL_ADVICE("提供法律咨询"),
    PROCEDURE_ADVICE("提出程序选择建议"),
    COERCIVE_MEASURE_CHANGE("申请变更强制措施"),
    CASE_OPINION("对案件处理提出意见"),
    MEETING("会见"),
    FILE_REVIEW("阅卷"),
    APPLICATION_FORWARDING("转交法律援助申请"),
    OTHER("其他");

    private final String label;

    DutyServiceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
