/** Shapes of the server's JSON, as fixed by shared/api/CONVENTIONS.md and the gateway–portal contract. */

export interface PageMeta {
  size: number
  number: number
  totalElements: number
  totalPages: number
}

export interface PageView<T> {
  content: T[]
  page: PageMeta
}

export interface CodeLabel {
  code: string
  label: string
}

export interface MeView {
  username: string
  displayName: string
  divisionCode: string
  divisionName: string
  organizationId: string | null
  organizationName: string | null
  roles: CodeLabel[]
  scopes: string[]
  permissions: string[]
}

export interface DictionaryEntry {
  code: string
  label: string
  sort: number
}

export type DeadlineStatus = 'PENDING' | 'DUE_SOON' | 'OVERDUE' | 'MET' | 'MISSED' | 'CANCELLED'

/** A deadline as every workflow record carries it (`deadlines[]`). */
export interface DeadlineView {
  kind: string
  label?: string
  dueDate: string
  basis?: string
  metOn?: string | null
  status?: DeadlineStatus
  provisional?: boolean
  /** Working days until due as the server counts them (worklist rows); 0 = today, negative = overdue. */
  workingDaysLeft?: number
}

export interface TransitionView {
  action: string
  actionLabel?: string
  fromState: string | null
  toState: string
  occurredOn: string
  actor: string
  actorName?: string | null
  recordedAt: string
  comment?: string | null
}

export interface AttachmentView {
  id: string
  filename: string
  contentType: string
  size: number
  uploadedBy: string
  uploadedAt: string
  contentUrl?: string
}

export interface NotificationView {
  id: string
  title: string
  body: string | null
  link: string | null
  createdAt: string
  read: boolean
  readAt: string | null
}

export interface OrganizationView {
  id: string
  name: string
  shortName: string
  type: string
  typeLabel?: string
  divisionCode: string
  parentId?: string | null
  caseNoPattern?: string
  headName?: string | null
  phone?: string | null
  address?: string | null
  active?: boolean
  version?: number
}

export interface DivisionView {
  code: string
  name: string
  level?: string
  parentCode?: string | null
}
