package cn.sifa.bench.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.CreditCode;

/**
 * Synthetic but valid people and organisations: GB 11643 ID numbers (check digit by the standard's algorithm, then
 * confirmed by {@link CitizenId#isValid}), GB 32100 credit codes (inner GB 11714 check and
 * {@link CreditCode#checkCharFor}, confirmed by {@link CreditCode#isValid}), names and mobile numbers.
 */
final class People {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉力鹏飞宇浩然欣怡子涵梓轩晨阳思远佳琪雨婷志强海燕红梅德胜春花玉兰小龙建华永红立新俊杰").split("");
    static final String[] ORG_WORDS = {"建设", "物业管理", "商贸", "科技", "运输", "餐饮", "医药", "房地产开发", "劳务", "建材", "农业开发", "电子商务", "装饰工程", "汽车服务", "教育咨询"};
    static final String[] ORG_KINDS = {"有限公司", "有限责任公司", "股份有限公司", "个体工商户"};

    private People() {
    }

    static String personName(SplittableRandom r) {
        String s = SURNAMES[r.nextInt(SURNAMES.length)];
        return r.nextInt(3) == 0 ? s + GIVEN[r.nextInt(GIVEN.length)] : s + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    static String orgName(SplittableRandom r, String place) {
        return place + SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
                + ORG_WORDS[r.nextInt(ORG_WORDS.length)] + ORG_KINDS[r.nextInt(ORG_KINDS.length - 1)];
    }

    static String mobile(SplittableRandom r) {
        String[] prefixes = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "176", "177", "180", "181", "186", "187", "188", "189", "199"};
        return prefixes[r.nextInt(prefixes.length)] + String.format("%08d", r.nextInt(100_000_000));
    }

    /** An 18-character ID number of someone born in {@code county} between 1945 and 2005. */
    static String citizenId(SplittableRandom r, String county) {
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(r.nextInt(60 * 365));
        String body = county + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        String id = body + ID_CHECK.charAt(sum % 11);
        if (!CitizenId.isValid(id)) {
            throw new IllegalStateException("generated an invalid ID number " + id);
        }
        return id;
    }

    /** A unified social credit code of a company registered in {@code county} (91: 工商, 企业). */
    static String creditCode(SplittableRandom r, String county) {
        return creditCode(r, county, "91");
    }

    /** {@code kind}: the registering authority and body type, e.g. 91 (工商, 企业) or 11 (机构编制, 机关). */
    static String creditCode(SplittableRandom r, String county, String kind) {
        StringBuilder org = new StringBuilder(9);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = r.nextInt(10);
            org.append((char) ('0' + v));
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        org.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        String first17 = kind + county + org;
        String code = first17 + CreditCode.checkCharFor(first17);
        if (!CreditCode.isValid(code)) {
            throw new IllegalStateException("generated an invalid credit code " + code);
        }
        return code;
    }
}
