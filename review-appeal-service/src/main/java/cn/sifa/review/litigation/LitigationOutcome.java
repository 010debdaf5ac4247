package cn.sifa.review.litigation;

import cn.sifa.core.dictionary.Labeled;

/** 裁判结果 (行政诉讼法第69-78条) 与裁定. */
public enum LitigationOutcome implements Labeled {
    REJECT("驳回诉讼请求"),
    REVOKE("撤销(重作)"),
    PERFORM("判决履行"),
    PAY("判决给付"),
    CONFIRM_ILLEGAL("确认违法"),
    CONFIRM_INVALID("确认无效"),
    CHANGE("判决变更"),
    AGREEMENT("行政协议责任"),
    NOT_REGISTERED("裁定不予立案"),
    SUIT_DISMISSED("裁定驳回起诉"),
    WITHDRAWAL_ALLOWED("裁定准予撤诉");

    private final String label;

    LitigationOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
