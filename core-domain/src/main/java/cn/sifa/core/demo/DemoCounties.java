package cn.sifa.core.demo;

import java.util.List;
import java.util.Optional;

/**
 * The demo bureaus, defined once for every service's demo data (profile {@code demo}): 衢州市 and its 柯城区, and
 * the three counties whose plans and reports are in the seeds (开福区, 缙云县, 荣成市).
 */
public final class DemoCounties {

    /**
     * @param code       GB/T 2260 division code
     * @param shortName  as in case numbers, e.g. 开福
     * @param areaCode   telephone area code
     * @param parentCode the division of the parent bureau, null for none among the demo bureaus
     * @param address    the bureau's address
     * @param head       the bureau's head
     * @param city       whether this is a city-level bureau (no town offices of its own in the demo)
     */
    public record DemoCounty(String code, String shortName, String areaCode, String parentCode, String address,
                             String head, boolean city) {
    }

    public static final List<DemoCounty> ALL = List.of(
            new DemoCounty("330800", "衢州", "0570", null, "浙江省衢州市柯城区花园东大道1号", "周建国", true),
            new DemoCounty("330802", "柯城", "0570", "330800", "浙江省衢州市柯城区县西街28号", "徐丽华", false),
            new DemoCounty("430105", "开福", "0731", null, "湖南省长沙市开福区湘江中路一段88号", "李明", false),
            new DemoCounty("331122", "缙云", "0578", null, "浙江省丽水市缙云县五云街道仙都路12号", "应伟", false),
            new DemoCounty("371082", "荣成", "0631", null, "山东省威海市荣成市崖头街道成山大道256号", "王海燕", false));

    /**
     * 湖南省 (the province of 开福区): its 司法厅 is the one province-level demo organization, for the logins whose work is
     * the province's (办案补贴标准). No casework is seeded there.
     */
    public static final DemoCounty HUNAN = new DemoCounty("430000", "湘", "0731", null, "湖南省长沙市芙蓉区韶山北路1号", "陈湘平", true);

    /** The county-level demo bureaus, where casework happens. */
    public static final List<DemoCounty> COUNTIES = ALL.stream().filter(c -> !c.city()).toList();

    private DemoCounties() {
    }

    public static Optional<DemoCounty> of(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
