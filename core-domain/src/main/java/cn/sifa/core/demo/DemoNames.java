package cn.sifa.core.demo;

import java.time.LocalDate;
import java.util.Random;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.CreditCode;

/**
 * Realistic names, ID numbers, phone numbers, company names and credit codes for every service's demo data. Every
 * check digit is computed, never made up. Seed the {@link Random} per county, so that a fresh database gets the
 * same demo data.
 */
public final class DemoNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国志文忠海峰晨阳亮林荣新春";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀燕玲桂英红梅琳雪慧婷倩颖洁琴云兰凤萍莉佳欣怡丹";
    private static final String[] WORDS = {"恒信", "鑫盛", "华兴", "金穗", "宏达", "瑞丰", "新源", "顺安", "永康", "博远",
            "嘉禾", "合力", "天成", "汇丰", "东方", "锦程", "荣华", "明德", "正泰", "益民"};
    private static final String[] TRADES = {"餐饮管理", "食品", "建材", "物流", "商贸", "科技", "药房", "汽车维修", "建筑工程",
            "印刷", "超市", "家具", "化工", "服装", "农业开发"};
    private static final String CHECK_CANDIDATES = "0123456789X";

    private final Random random;

    public DemoNames(Random random) {
        this.random = random;
    }

    /** A seeded generator for one county and one purpose, the same on every fresh database. */
    public static DemoNames forCounty(String divisionCode, String purpose) {
        return new DemoNames(new Random((divisionCode + "/" + purpose).hashCode()));
    }

    public Random random() {
        return random;
    }

    public boolean male() {
        return random.nextBoolean();
    }

    /** A two- or three-character name of a man or a woman. */
    public String person(boolean male) {
        String pool = male ? MALE : FEMALE;
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        sb.append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(3) > 0) {
            sb.append(pool.charAt(random.nextInt(pool.length())));
        }
        return sb.toString();
    }

    public String person() {
        return person(male());
    }

    /** An 18-digit ID (GB 11643) of someone born in the county, of the given sex, aged 18 to 80 on {@code today}. */
    public String idNumber(String countyCode, boolean male, LocalDate today) {
        LocalDate birth = today.minusYears(18 + random.nextInt(62)).minusDays(random.nextInt(365));
        return idNumberBornOn(countyCode, male, birth);
    }

    /** An 18-digit ID (GB 11643) of someone born in the county on {@code birth}. */
    public String idNumberBornOn(String countyCode, boolean male, LocalDate birth) {
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String body = countyCode.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", sequence);
        for (char c : CHECK_CANDIDATES.toCharArray()) {
            if (CitizenId.isValid(body + c)) {
                return body + c;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** A unified social credit code (GB 32100) of an enterprise registered in the county. */
    public String creditCode(String countyCode) {
        while (true) {
            StringBuilder org = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                org.append((char) ('0' + random.nextInt(10)));
            }
            for (char inner : CHECK_CANDIDATES.toCharArray()) {
                String first17 = "91" + countyCode.substring(0, 6) + org + inner;
                String code = first17 + CreditCode.checkCharFor(first17);
                if (CreditCode.isValid(code)) {
                    return code;
                }
            }
        }
    }

    /** A company of the place, e.g. 开福恒信物流有限公司. */
    public String company(String place) {
        return place + WORDS[random.nextInt(WORDS.length)] + TRADES[random.nextInt(TRADES.length)] + "有限公司";
    }

    /** A mobile number (11 digits, 13x to 19x). */
    public String phone() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    public int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    public <T> T pick(java.util.List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
