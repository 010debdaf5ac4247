/**
 * Shapes of the server's JSON shared by every feature, taken from the generated OpenAPI types (./schemas.ts);
 * the page wrapper and the deadline/transition views are the same in every service (shared/api/CONVENTIONS.md).
 */
import type { Answer, CoreSchemas, MediationSchemas } from './schemas'

export type PageMeta = Answer<CoreSchemas['PageViewPageMeta']>

/** Every list answers `{content, page}` (the generated `PageView<X>` schemas, one per row type). */
export interface PageView<T> {
  content: T[]
  page: PageMeta
}

export interface CodeLabel {
  code: string
  label: string
}

export type MeView = Answer<CoreSchemas['MeView']>
export type DictionaryEntry = Answer<CoreSchemas['DictionaryControllerDictionaryEntry']>
export type DeadlineStatus = NonNullable<CoreSchemas['DeadlineItemView']['status']>

/** A deadline as every workflow record carries it (`deadlines[]`), as the same schema in every service. */
export type DeadlineView = MediationSchemas['DeadlineView'] & {
  kind: string
  dueDate: string
  status?: DeadlineStatus
  /** Working days until due as the server counts them (worklist rows); 0 = today, negative = overdue. */
  workingDaysLeft?: number
}

export type TransitionView = Answer<MediationSchemas["TransitionView"]> & {
  /** Sent by services that label their actions. */
  actionLabel?: string
}

export type AttachmentView = Answer<CoreSchemas['AttachmentView']>
export type NotificationView = Answer<CoreSchemas['NotificationView']>
export type OrganizationView = CoreSchemas['OrganizationView'] & { id: string; name: string; type: string; divisionCode: string }
export type DivisionView = CoreSchemas['DivisionControllerDivisionView'] & { code: string; name: string }
