package cn.sifa.legalaid.aidcase;

import cn.sifa.core.dictionary.Labeled;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * 特殊群体 (统计口径). One named schema: openapi-generator 7.25 writes a set of an inline enum into a Java client that
 * does not compile.
 */
@Schema(name = "SpecialGroup", description = "特殊群体", enumAsRef = true)
public enum SpecialGroup implements Labeled {
    MIGRANT_WORKER("农民工"),
    DISABLED("残疾人"),
    ELDERLY("老年人"),
    MINOR("未成年人"),
    MILITARY_FAMILY("军人军属"),
    WOMAN("妇女"),
    MARTYR_FAMILY("英雄烈士近亲属");

    private final String label;

    SpecialGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
