package cn.sifa.enforcement.support;

import java.util.List;
import java.util.Random;

import cn.sifa.core.person.CreditCode;

/** Plausible names and valid credit codes for demo data. */
public final class DemoNames {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "志强", "海燕", "晓东", "文斌");
    private static final List<String> WORDS = List.of("恒信", "鑫盛", "华兴", "金穗", "宏达", "瑞丰", "新源", "顺安", "永康", "博远", "嘉禾", "合力", "天成", "汇丰", "东方", "锦程", "荣华", "明德", "正泰", "益民");
    private static final List<String> TRADES = List.of("餐饮管理", "食品", "建材", "物流", "商贸", "科技", "药房", "汽车维修", "建筑工程", "印刷", "超市", "家具", "化工", "服装", "农业开发");
    private static final String ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private DemoNames() {
    }

    public static String person(Random r) {
        return SURNAMES.get(r.nextInt(SURNAMES.size())) + GIVEN.get(r.nextInt(GIVEN.size()));
    }

    public static String company(Random r, String place) {
        return place + WORDS.get(r.nextInt(WORDS.size())) + TRADES.get(r.nextInt(TRADES.size())) + "有限公司";
    }

    /** A valid 统一社会信用代码 (GB 32100, with the GB 11714 inner check) of a company registered in the division. */
    public static String creditCode(Random r, String divisionCode) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        StringBuilder org = new StringBuilder();
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = r.nextInt(10);
            org.append(v);
            sum += v * weights[i];
        }
        int check = 11 - sum % 11;
        org.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        String first17 = "91" + divisionCode.substring(0, 6) + org;
        String code = first17 + CreditCode.checkCharFor(first17);
        // An org check of X is outside the credit-code alphabet; draw again.
        return ORG_CHARS.indexOf(org.charAt(8)) < 0 || !CreditCode.isValid(code) ? creditCode(r, divisionCode) : code;
    }
}
