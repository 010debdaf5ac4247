package cn.sifa.review.reconsideration;

import cn.sifa.core.dictionary.Labeled;

/** 中止情形 (行政复议法第39条;第1、2、4项中止满60日应终止). */
public enum SuspensionGround implements Labeled {
    APPLICANT_DIED("(一)申请人死亡须等待近亲属参加"),
    LOST_CAPACITY("(二)申请人丧失参加能力未确定法定代理人"),
    ABSENT_DECLARED("(三)申请人下落不明或被宣告失踪"),
    ENTITY_TERMINATED("(四)法人或其他组织终止未确定权利义务承受人"),
    FORCE_MAJEURE("(五)不可抗力等正当理由"),
    AGREED_MEDIATION("(六)依法进行调解、和解"),
    PENDING_INTERPRETATION("(七)案件涉及法律适用问题需有权机关解释"),
    PENDING_RELATED_CASE("(八)须以其他案件审理结果为依据"),
    NORMATIVE_REVIEW("(九)规范性文件附带审查"),
    OTHER("(十)其他需要中止的情形");

    private final String label;

    SuspensionGround(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The item of 第39条第1款 in Chinese numerals ("六"), for a sentence. */
    String item() {
        return label.substring(1, label.indexOf(')'));
    }

    /** The ground without its item number ("依法进行调解、和解"), for a sentence. */
    String text() {
        return label.substring(label.indexOf(')') + 1);
    }
}
