package cn.sifa.mediation.studio;

import cn.sifa.core.dictionary.Labeled;

/** Brand studios: a committee's 品牌调解室 or a mediator's personal 调解工作室. */
public enum StudioKind implements Labeled {
    BRAND_ROOM("品牌调解室"),
    PERSONAL_STUDIO("个人调解工作室");

    private final String label;

    StudioKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
