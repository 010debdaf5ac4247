package cn.sifa.enforcement.leniency;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sifa.enforcement.leniency.LeniencyRequests.DecisionRequest;
import cn.sifa.enforcement.leniency.LeniencyRequests.ItemRequest;
import cn.sifa.enforcement.demo.EnforcementDemoCounty;
import cn.sifa.enforcement.demo.FeatureDemo;

/** Demo: a 免罚轻罚清单 and the decisions made under it. */
@Component
@Profile("demo")
class LeniencyDemo implements FeatureDemo {

    private static final String[][] ITEMS = {
            {"NO_PENALTY", "未按规定在经营场所醒目位置公示营业执照", "《中华人民共和国行政处罚法》第三十三条第一款;《市场主体登记管理条例》第四十八条", "首次违法、及时改正、未造成危害后果"},
            {"NO_PENALTY", "店外占道经营情节轻微", "《中华人民共和国行政处罚法》第三十三条第一款", "经劝导当场改正"},
            {"NO_PENALTY", "未按规定张贴禁烟标识", "《中华人民共和国行政处罚法》第三十三条第一款", "首次被发现并在责令期限内改正"},
            {"LIGHTER_PENALTY", "超出核定经营范围从事一般经营活动", "《中华人民共和国行政处罚法》第三十二条", "主动消除或者减轻违法行为危害后果"},
            {"NO_PENALTY", "货运车辆未随车携带道路运输证", "《中华人民共和国行政处罚法》第三十三条第一款;《道路运输条例》", "能当场提供有效证件电子信息"}};

    private final LeniencyService leniency;

    LeniencyDemo(LeniencyService leniency) {
        this.leniency = leniency;
    }

    @Override
    public void seed(EnforcementDemoCounty c) {
        List<UUID> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            items.add(leniency.createItem(new ItemRequest(c.divisionCode(), c.agency(i % 3), LeniencyListKind.valueOf(ITEMS[i][0]),
                    ITEMS[i][1], ITEMS[i][2], ITEMS[i][3], c.daysAgo(300))).id());
        }
        List<String> codes = new ArrayList<>(c.enterprises().keySet());
        LenientKind[] kinds = {LenientKind.FIRST_OFFENCE, LenientKind.FIRST_OFFENCE, LenientKind.MINOR_NO_HARM, LenientKind.FIRST_OFFENCE,
                LenientKind.MINOR_NO_HARM, LenientKind.NO_FAULT, LenientKind.FIRST_OFFENCE, LenientKind.MINOR_NO_HARM,
                LenientKind.FIRST_OFFENCE, LenientKind.FIRST_OFFENCE};
        for (int i = 0; i < kinds.length; i++) {
            int item = i % 3 == 2 ? 1 : 0;
            String code = codes.get(15 + i);
            int daysAgo = 5 + i * 23;
            leniency.createDecision(new DecisionRequest(c.agency(item), kinds[i] == LenientKind.NO_FAULT ? null : items.get(item), kinds[i],
                    c.enterprises().get(code), code, ITEMS[item][1], c.daysAgo(daysAgo),
                    kinds[i] == LenientKind.NO_FAULT ? null : c.daysAgo(daysAgo + 1), true, "当场说服教育并送达《不予行政处罚决定书》"));
        }
    }
}
