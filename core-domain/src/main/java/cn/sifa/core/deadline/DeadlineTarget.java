package cn.sifa.core.deadline;

import java.util.UUID;

/**
 * The record a deadline belongs to and who answers for it.
 *
 * @param recordType   e.g. {@code mediation-case}
 * @param recordId     the record's id
 * @param divisionCode the record's division (deadline rows are division-scoped like the record)
 * @param assignee     subject (username) to notify when due soon or overdue; may be null
 * @param unitHeadOrganizationId organization whose head is told when it is overdue; may be null
 * @param caseNo       human case number, for notification texts
 * @param link         portal path of the record, e.g. {@code /mediation/cases/<id>}
 */
public record DeadlineTarget(String recordType, UUID recordId, String divisionCode, String assignee,
                             UUID unitHeadOrganizationId, String caseNo, String link) {
}
