package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 被申请复议(被诉)的行政行为类别 (行政复议法第11条). */
public enum ActCategory implements Labeled {
    PENALTY("行政处罚"),
    COERCION("行政强制措施、行政强制执行"),
    LICENSING("行政许可"),
    RESOURCE_TITLE("自然资源确权"),
    EXPROPRIATION("征收征用及补偿"),
    COMPENSATION_DECISION("赔偿决定"),
    WORK_INJURY("工伤认定"),
    OPERATING_AUTONOMY("侵犯经营自主权、土地承包经营权"),
    ANTI_COMPETITION("滥用行政权力排除、限制竞争"),
    ILLEGAL_LEVY("违法集资、摊派费用"),
    NON_PERFORMANCE("不履行保护人身权、财产权、受教育权职责"),
    SOCIAL_BENEFIT("社会保障给付"),
    ADMIN_AGREEMENT("行政协议"),
    GOV_INFO("政府信息公开"),
    OTHER("其他");

    private final String label;

    ActCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
