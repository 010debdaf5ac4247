package cn.sifa.enforcement.action;

import cn.sifa.core.dictionary.Labeled;

/** 行政处罚种类(行政处罚法第九条). */
public enum PenaltyKind implements Labeled {
    WARNING("警告"),
    CIRCULATED_CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATE_GAINS("没收违法所得"),
    CONFISCATE_PROPERTY("没收非法财物"),
    SUSPEND_LICENCE("暂扣许可证件"),
    DOWNGRADE_QUALIFICATION("降低资质等级"),
    REVOKE_LICENCE("吊销许可证件"),
    RESTRICT_OPERATIONS("限制开展生产经营活动"),
    ORDER_SUSPENSION("责令停产停业"),
    ORDER_CLOSURE("责令关闭"),
    EMPLOYMENT_BAN("限制从业"),
    DETENTION("行政拘留"),
    OTHER("其他");

    private final String label;

    PenaltyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
