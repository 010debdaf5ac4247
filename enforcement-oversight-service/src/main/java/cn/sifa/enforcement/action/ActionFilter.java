package cn.sifa.enforcement.action;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of {@code GET /actions}; every one is served by an index of {@code enf_action}. */
public record ActionFilter(UUID agencyId, EnforcementActType actType, LocalDate from, LocalDate to, String externalRef,
                           String divisionPrefix, Boolean major, String q) {
}
