package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 复议结果 (行政复议法第63-72条) 与程序性结案方式. */
public enum ReconsiderationOutcome implements Labeled {
    CHANGE("变更"),
    REVOKE("撤销"),
    PARTIAL_REVOKE("部分撤销"),
    CONFIRM_ILLEGAL("确认违法"),
    ORDER_PERFORMANCE("责令履行"),
    CONFIRM_INVALID("确认无效"),
    UPHOLD("维持"),
    REJECT_CLAIM("驳回复议请求"),
    AGREEMENT_LIABILITY("行政协议责任"),
    COMPENSATION_REJECTED("驳回赔偿请求"),
    COMPENSATION_ORDERED("责令赔偿"),
    RESTITUTION_ORDERED("责令返还财产、解除查封"),
    NOT_ACCEPTED("不予受理"),
    APPLICATION_DISMISSED("驳回复议申请"),
    TERMINATED("终止"),
    MEDIATED("调解结案"),
    WITHDRAWN("撤回申请(和解)"),
    ABANDONED("视为放弃");

    private final String label;

    ReconsiderationOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
