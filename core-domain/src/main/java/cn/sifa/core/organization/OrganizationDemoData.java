package cn.sifa.core.organization;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.demo.DemoCounties;
import cn.sifa.core.demo.DemoCounties.DemoCounty;
import cn.sifa.core.division.Division;
import cn.sifa.core.division.DivisionLevel;
import cn.sifa.core.division.DivisionRepository;
import cn.sifa.core.security.CurrentCaller;

/**
 * Demo profile: a 司法局 for each demo division and its units (legal aid centre, review body, correction agency,
 * and 司法所 for three towns where towns are seeded), and 湖南省司法厅 for the province-level logins. Runs first (@Order 10): the other modules' demo loaders
 * (@Order ≥ 20) find these through {@link Organizations#bureauOf(String)}. Idempotent: each organization is
 * looked up by (division, type, name) before it is inserted.
 */
@Component
@Profile("demo")
@Order(10)
class OrganizationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

    private final OrganizationRepository organizations;
    private final DivisionRepository divisions;
    private final TransactionTemplate tx;

    OrganizationDemoData(OrganizationRepository organizations, DivisionRepository divisions, TransactionTemplate tx) {
        this.organizations = organizations;
        this.divisions = divisions;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = CurrentCaller.runAsSystem(() -> tx.execute(status -> load()));
        log.info("Demo organizations: {} created", created);
    }

    int load() {
        int[] created = {0};
        for (DemoCounty b : DemoCounties.ALL) {
            Division division = divisions.findById(b.code()).orElseThrow(() -> new IllegalStateException("未找到行政区划 " + b.code()));
            String place = placeName(division);
            UUID parent = b.parentCode() == null ? null
                    : organizations.findByDivisionCodeAndTypeAndName(b.parentCode(), OrganizationType.BUREAU,
                    placeName(divisions.findById(b.parentCode()).orElseThrow()) + "司法局").map(Organization::getId).orElse(null);
            Organization bureau = ensure(b.code(), OrganizationType.BUREAU, place + "司法局", b.shortName(), parent,
                    b.head(), b.areaCode() + "-8" + b.code().substring(2, 6) + "001", b.address(), created);
            String local = division.getName();
            ensure(b.code(), OrganizationType.LEGAL_AID_CENTER, place + "法律援助中心", b.shortName(), bureau.getId(),
                    null, b.areaCode() + "-12348", b.address(), created);
            ensure(b.code(), OrganizationType.REVIEW_BODY, local + "人民政府行政复议办公室", b.shortName(), bureau.getId(),
                    null, b.areaCode() + "-8" + b.code().substring(2, 6) + "012", b.address(), created);
            ensure(b.code(), OrganizationType.CORRECTION_AGENCY, local + "社区矫正管理局", b.shortName(), bureau.getId(),
                    null, b.areaCode() + "-8" + b.code().substring(2, 6) + "015", b.address(), created);
            if (division.getLevel() == DivisionLevel.COUNTY) {
                List<Division> towns = divisions.findByParentCodeOrderByCode(b.code()).stream().limit(3).toList();
                for (Division town : towns) {
                    String townShort = town.getName().replaceAll("(街道|镇|乡)$", "");
                    ensure(town.getCode(), OrganizationType.JUSTICE_OFFICE, town.getName() + "司法所",
                            townShort.length() > 20 ? townShort.substring(0, 20) : townShort, bureau.getId(), null,
                            b.areaCode() + "-8" + town.getCode().substring(6) + "1" + b.code().substring(4, 6) + "8",
                            division.getFullName() + town.getName(), created);
                }
            }
        }
        DemoCounty province = DemoCounties.HUNAN;
        ensure(province.code(), OrganizationType.BUREAU, "湖南省司法厅", province.shortName(), null, province.head(),
                province.areaCode() + "-84584000", province.address(), created);
        return created[0];
    }

    /** 长沙市开福区 for a county, 衢州市 for a city. */
    private String placeName(Division d) {
        if (d.getLevel() == DivisionLevel.COUNTY && d.getParentCode() != null) {
            return divisions.findById(d.getParentCode()).map(Division::getName).orElse("") + d.getName();
        }
        return d.getName();
    }

    private Organization ensure(String division, OrganizationType type, String name, String shortName, UUID parent,
                                String head, String phone, String address, int[] created) {
        return organizations.findByDivisionCodeAndTypeAndName(division, type, name).orElseGet(() -> {
            Organization org = new Organization(division, type, name, shortName);
            org.describe(name, shortName, parent, null, head, phone, address, true);
            created[0]++;
            return organizations.saveAndFlush(org);
        });
    }
}
