package cn.sifa.correction.monitoring;

import cn.sifa.core.dictionary.Labeled;

/** The grounds of 社区矫正法第二十九条 for an electronic location device; no other ground allows one. */
public enum MonitoringGround implements Labeled {
    PROHIBITION_ORDER_VIOLATED("违反人民法院禁止令"),
    LEFT_WITHOUT_APPROVAL("无正当理由,未经批准离开所居住的市、县"),
    REFUSED_REPORTING_WARNED("拒不按照规定报告自己的活动情况,被给予警告"),
    PUBLIC_SECURITY_PENALTY("违反监督管理规定,被给予治安管理处罚"),
    REVOCATION_PENDING("拟提请撤销缓刑、假释或者暂予监外执行收监执行");

    private final String label;

    MonitoringGround(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
