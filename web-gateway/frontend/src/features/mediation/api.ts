import { http } from '@/api/http'
import type { PageView } from '@/api/types'
import type { Answer, MediationSchemas } from '@/api/schemas'
import type { WorkflowFields } from '@/api/workflow'

export const CASES_URL = '/api/mediation/v1/cases'
export const STATISTICS_URL = '/api/mediation/v1/statistics'

type S = MediationSchemas

export type PartyView = Answer<S['MediationPartyView']> & { roleLabel?: string; id?: string | null }

/** A case as its detail answers it (generated `MediationCaseView`). */
export type CaseView = Answer<S['MediationCaseView']> & WorkflowFields

/**
 * A row of the case list. The list's response declares no schema yet (issue 10, "the contract"), so the row is
 * the detail's fields it carries plus `nextDueOn`.
 */
export type CaseListItem = Pick<CaseView, 'id' | 'caseNo' | 'status' | 'statusLabel' | 'divisionCode' | 'source' | 'sourceLabel' |
  'disputeType' | 'disputeTypeLabel' | 'summary' | 'receivedOn' | 'parties' | 'overdue' | 'assignee'> & WorkflowFields

export { nextDeadline } from '@/api/workflow'

export interface PartyForm {
  /** An existing party's id (editing a case); absent for a new one. */
  id?: string | null
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

export interface EditCaseForm {
  source: string | null
  disputeType: string | null
  difficulty: string | null
  summary: string
  amountInvolved: number | null
  parties: PartyForm[]
}

/** The edit form of a case, from its detail: ID numbers and phones as shown (masked for roles without full view). */
export function editForm(c: CaseView): EditCaseForm {
  return {
    source: c.source ?? null,
    disputeType: c.disputeType ?? null,
    difficulty: c.difficulty ?? 'ORDINARY',
    summary: c.summary ?? '',
    amountInvolved: c.amountInvolved ?? null,
    parties: (c.parties as PartyView[]).map((p) => ({
      id: p.id ?? null,
      role: p.role ?? null,
      kind: p.kind ?? 'PERSON',
      name: p.name ?? '',
      idNumber: p.idNumber ?? '',
      creditCode: p.creditCode ?? '',
      phone: p.phone ?? '',
    })),
  }
}

/**
 * The PUT /cases/{id} body. A masked ID number or phone goes back unchanged: the server keeps the stored full value
 * for that party (and refuses a masked value that is not the party's), so stars never overwrite a number.
 */
export function editBody(form: EditCaseForm) {
  const { receivedOn: _r, committeeId: _c, ...create } = createBody({ ...form, receivedOn: '', committeeId: null })
  return {
    ...create,
    difficulty: form.difficulty,
    parties: create.parties.map((p, i) => ({ id: form.parties[i]!.id ?? null, ...p })),
  }
}

/** Cases stay editable until archived (the server answers 409 after). */
export const caseEditable = (status: string | null | undefined) => !!status && status !== 'ARCHIVED'

export function emptyParty(role: string): PartyForm {
  return { role, kind: 'PERSON', name: '', idNumber: '', creditCode: '', phone: '' }
}

/** The mediation service's API base (docs/mediation.md). */
export const MED = '/api/mediation/v1'

type Named = { id: string; name: string }
const caches: Record<string, Promise<Named[]> | null> = {}

/** The first 200 records of a register in the user's scope, by name, loaded once per page load: for names of ids. */
function loadNamed(path: string): Promise<Named[]> {
  caches[path] ??= http
    .get<PageView<Named>>(`${MED}/${path}`, { size: 200, sort: 'name,asc' })
    .then((p) => p.content)
    .catch((e) => {
      caches[path] = null
      throw e
    })
  return caches[path]!
}
export const loadCommittees = () => loadNamed('committees')
export const loadMediators = () => loadNamed('mediators')
export function forgetNames() {
  for (const k of Object.keys(caches)) caches[k] = null
}
