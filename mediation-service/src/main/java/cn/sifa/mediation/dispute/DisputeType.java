package cn.sifa.mediation.dispute;

import cn.sifa.core.dictionary.Labeled;

/** Dispute categories of 司法行政 statistics (STATUTES §4; 知识产权 added as provinces do); labels read naturally in the summary sentence ("医疗纠纷130起"). */
public enum DisputeType implements Labeled {
    MARRIAGE_FAMILY("婚姻家庭纠纷"),
    NEIGHBOUR("邻里纠纷"),
    HOUSING_HOMESTEAD("房屋宅基地纠纷"),
    CONTRACT("合同纠纷"),
    BUSINESS_OPERATION("生产经营纠纷"),
    DAMAGES("损害赔偿纠纷"),
    FOREST_LAND("山林土地纠纷"),
    LAND_ACQUISITION("征地拆迁纠纷"),
    ENVIRONMENT("环境污染纠纷"),
    LABOUR("劳动人事争议"),
    CONSUMER("消费纠纷"),
    MEDICAL("医疗纠纷"),
    TRAFFIC_ACCIDENT("交通事故纠纷"),
    PROPERTY_MGMT("物业纠纷"),
    VILLAGE_AFFAIRS("村务管理纠纷"),
    INTELLECTUAL_PROPERTY("知识产权纠纷"),
    OTHER("其他纠纷");

    private final String label;

    DisputeType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
