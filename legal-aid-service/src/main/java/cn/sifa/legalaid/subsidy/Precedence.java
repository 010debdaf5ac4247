package cn.sifa.legalaid.subsidy;

import cn.sifa.core.dictionary.Labeled;

/**
 * Which standard applies to a closed case, first match wins (法律援助法第五十二条: the province sets its standard; the
 * platform default stands in until it does): the province's row for the case's category, then its row for any
 * category, then the platform default for the category, then the platform default for any category.
 */
public enum Precedence implements Labeled {
    PROVINCE_CATEGORY("本省·本类别"),
    PROVINCE_ANY("本省·不分类别"),
    DEFAULT_CATEGORY("平台默认·本类别"),
    DEFAULT_ANY("平台默认·不分类别");

    private final String label;

    Precedence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    static Precedence of(String provinceCode, Object category) {
        if (provinceCode != null) {
            return category != null ? PROVINCE_CATEGORY : PROVINCE_ANY;
        }
        return category != null ? DEFAULT_CATEGORY : DEFAULT_ANY;
    }
}
