package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Other routes the parties are told of when mediation does not take place or fails (Art 26). */
public enum ResolutionRoute implements Labeled {
    LITIGATION("向人民法院起诉"),
    ARBITRATION("申请仲裁"),
    LABOUR_ARBITRATION("申请劳动人事争议仲裁"),
    ADMINISTRATIVE("请求有关行政机关处理"),
    ADMINISTRATIVE_RECONSIDERATION("申请行政复议"),
    PETITION("信访渠道"),
    OTHER("其他途径");

    private final String label;

    ResolutionRoute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
