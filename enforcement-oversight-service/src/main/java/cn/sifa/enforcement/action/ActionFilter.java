package cn.sifa.enforcement.action;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of {@code GET /actions}; every one is served by an index of {@code enf_action}. {@code divisionCode}
 * narrows the caller's scope (本级及下级), never widens it.
 */
public record ActionFilter(UUID agencyId, EnforcementActType actType, LocalDate from, LocalDate to, String externalRef,
                           String divisionCode, Boolean major, String q) {
}
