import type { DeadlineView, TransitionView } from '@/api/types'

export const CASES_URL = '/api/mediation/v1/cases'
export const STATISTICS_URL = '/api/mediation/v1/statistics'

export interface Ref { id: string; name: string }

export interface PartyView {
  role: string
  roleLabel?: string
  kind: string
  name: string
  idNumber?: string | null
  creditCode?: string | null
  phone?: string | null
}

export interface CaseListItem {
  id: string
  caseNo: string
  status: string
  statusLabel?: string
  divisionCode: string
  source: string
  sourceLabel?: string
  disputeType: string
  disputeTypeLabel?: string
  summary: string
  receivedOn: string
  parties: PartyView[]
  nextDueOn?: string | null
  overdue: boolean
  assignee?: string | null
}

export interface CaseView {
  id: string
  caseNo: string
  status: string
  statusLabel?: string
  divisionCode: string
  committee?: Ref | null
  source: string
  sourceLabel?: string
  disputeType: string
  disputeTypeLabel?: string
  difficulty?: string | null
  summary: string
  amountInvolved?: number | null
  receivedOn: string
  acceptedOn?: string | null
  assignee?: string | null
  mediators: Ref[]
  parties: PartyView[]
  sessions: { id: string; heldOn: string; place: string; notes: string; mediators: Ref[] }[]
  decline?: { declinedOn: string; reason: string; reasonCode?: string | null; routes?: string[] } | null
  agreement?: { form: string; terms: string; amount?: number | null; effectiveOn: string; performBy?: string | null } | null
  failure?: { failedOn: string; reason: string; routes?: string[] } | null
  performance?: { result: string; checkedOn: string; note?: string | null } | null
  judicialConfirmation?: { appliedOn?: string | null; court?: string | null; result?: string | null; decidedOn?: string | null } | null
  followUps: { visitedOn: string; method: string; notes: string; satisfied?: boolean | null }[]
  archivedOn?: string | null
  deadlines: DeadlineView[]
  overdue: boolean
  allowedActions?: string[] | null
  history?: TransitionView[] | null
  version: number
}

/** The case steps the portal offers, in button order (paths under /cases/{id}/). */
export const ACTIONS = [
  'accept',
  'decline',
  'sessions',
  'agreement',
  'fail',
  'performance',
  'judicial-confirmation',
  'follow-ups',
  'archive',
] as const
export type CaseAction = (typeof ACTIONS)[number]

export const ACTION_LABELS: Record<CaseAction, string> = {
  accept: '受理',
  decline: '不予受理',
  sessions: '调解记录',
  agreement: '达成协议',
  fail: '终止调解',
  performance: '履行情况',
  'judicial-confirmation': '司法确认',
  'follow-ups': '回访',
  archive: '归档',
}

/** The documented state machine (docs/mediation.md), used only when the server does not send allowedActions. */
const BY_STATUS: Record<string, CaseAction[]> = {
  REGISTERED: ['accept', 'decline'],
  ACCEPTED: ['sessions'],
  MEDIATING: ['sessions', 'agreement', 'fail'],
  AGREEMENT_REACHED: ['performance', 'judicial-confirmation', 'follow-ups', 'archive'],
  DECLINED: ['archive'],
  FAILED: ['archive'],
  ARCHIVED: [],
}

/** The buttons a case shows: the server's allowedActions when present, else the state machine; portal steps only. */
export function actionsFor(c: Pick<CaseView, 'status' | 'allowedActions'>): CaseAction[] {
  const allowed = c.allowedActions ?? BY_STATUS[c.status] ?? []
  return ACTIONS.filter((a) => allowed.includes(a))
}

/** The list row's next deadline as a badge input (the server decides DUE_SOON only on the detail). */
export function nextDeadline(row: CaseListItem): DeadlineView | null {
  if (!row.nextDueOn) return null
  return { kind: 'NEXT', label: '最近期限', dueDate: row.nextDueOn, status: row.overdue ? 'OVERDUE' : undefined }
}

export interface PartyForm {
  role: string | null
  kind: string | null
  name: string
  idNumber: string
  creditCode: string
  phone: string
}

export interface CreateCaseForm {
  source: string | null
  disputeType: string | null
  summary: string
  amountInvolved: number | null
  receivedOn: string
  committeeId: string | null
  parties: PartyForm[]
}

const blank = (v: string) => (v.trim() === '' ? null : v.trim())

/** The POST /cases body: blanks become null, ID numbers are sent upper-case. */
export function createBody(form: CreateCaseForm) {
  return {
    source: form.source,
    disputeType: form.disputeType,
    summary: form.summary.trim(),
    amountInvolved: form.amountInvolved,
    receivedOn: form.receivedOn || null,
    committeeId: form.committeeId,
    parties: form.parties.map((p) => ({
      role: p.role,
      kind: p.kind,
      name: p.name.trim(),
      idNumber: p.kind === 'PERSON' ? blank(p.idNumber)?.toUpperCase() ?? null : null,
      creditCode: p.kind === 'PERSON' ? null : blank(p.creditCode)?.toUpperCase() ?? null,
      phone: blank(p.phone),
    })),
  }
}

export function emptyParty(role: string): PartyForm {
  return { role, kind: 'PERSON', name: '', idNumber: '', creditCode: '', phone: '' }
}
