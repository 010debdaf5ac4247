package cn.sifa.mediation.demo;

import java.time.LocalDate;
import java.util.Random;

import cn.sifa.core.person.CitizenId;
import cn.sifa.core.person.CreditCode;
import cn.sifa.mediation.mediator.Gender;

/** Realistic names, ID numbers and credit codes for demo data; every check digit is computed, never made up. */
final class DemoPeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国志文忠海峰晨阳亮林荣新春";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀燕玲桂英红梅琳雪慧婷倩颖洁琴云兰凤萍莉佳欣怡丹";
    private static final String CHECK_CANDIDATES = "0123456789X";

    private final Random random;

    DemoPeople(Random random) {
        this.random = random;
    }

    Gender gender() {
        return random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
    }

    String name(Gender gender) {
        String pool = gender == Gender.MALE ? MALE : FEMALE;
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        sb.append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(3) > 0) {
            sb.append(pool.charAt(random.nextInt(pool.length())));
        }
        return sb.toString();
    }

    /** An 18-digit ID of someone born in the county, of the given sex, aged 18 to 80 on {@code today}. */
    String idNumber(String countyCode, Gender gender, LocalDate today) {
        LocalDate birth = today.minusYears(18 + random.nextInt(62)).minusDays(random.nextInt(365));
        int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String body = countyCode.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", sequence);
        // The check digit is whichever candidate CitizenId accepts: GB 11643 as core implements it.
        for (char c : CHECK_CANDIDATES.toCharArray()) {
            if (CitizenId.isValid(body + c)) {
                return body + c;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** A unified social credit code (enterprise, registered with market regulation) in the county. */
    String creditCode(String countyCode) {
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

    String phone() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }
}
