package cn.sifa.enforcement.legalreview;

import cn.sifa.core.dictionary.Labeled;

/** 法制审核情形(行政处罚法第五十八条). */
public enum ReviewReason implements Labeled {
    PUBLIC_INTEREST("涉及重大公共利益"),
    MAJOR_RIGHTS_HEARING("直接关系当事人或第三人重大权益,经过听证程序"),
    COMPLEX("案件情况疑难复杂、涉及多个法律关系"),
    OTHER("法律、法规规定的其他情形");

    private final String label;

    ReviewReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
