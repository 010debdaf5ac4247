package cn.sifa.enforcement.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The published annual cap on inspections per enterprise (国办发〔2024〕54号 leaves the number to each locality).
 * {@code sifa.enforcement.inspection.yearly-cap}: the inspection that reaches the cap carries a warning; one above
 * it needs the government-level approval.
 */
@ConfigurationProperties("sifa.enforcement.inspection")
public record InspectionSettings(Integer yearlyCap) {

    public InspectionSettings {
        yearlyCap = yearlyCap == null ? 2 : yearlyCap;
    }
}
