import { http } from '@/api/http'
import type { DeadlineView, PageView, TransitionView } from '@/api/types'

/** Paths of the enforcement-oversight service (docs/enforcement.md). */
export const ENF = '/api/enforcement/v1'

export interface Rate {
  numerator: number
  denominator: number
  /** 0..1, null when there is nothing to count. */
  fraction: number | null
}

export interface AgencyOption {
  id: string
  name: string
  divisionCode: string
}

export interface ActionView {
  id: string
  agencyId: string
  agencyName: string
  divisionCode: string
  externalRef: string
  actType: string
  actTypeLabel: string
  decidedOn: string
  partyName: string
  partyCreditCode: string | null
  penaltyKinds: string[] | null
  amount: number | null
  major: boolean
  legalReviewedOn: string | null
  publicizedOn: string | null
  recordedAudioVisual: boolean
  publicationDueOn: string | null
  publishedOnTime: boolean | null
}

export type ImportStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'

export interface ImportJobView {
  id: string
  agencyId: string
  filename: string
  status: ImportStatus
  total: number
  processed: number
  accepted: number
  updated: number
  rejected: number
  failure: string | null
  createdAt: string
  finishedAt: string | null
}

export interface AgencyRates {
  agencyId: string
  agencyName: string
  divisionCode: string
  actions: number
  publication: Rate
  legalReview: Rate
  recording: Rate
}

export interface ThreeSystemsView {
  from: string
  to: string
  publication: Rate
  legalReview: Rate
  recording: Rate
  agencies: AgencyRates[]
}

export interface WorkflowView {
  allowedActions: string[]
  deadlines: DeadlineView[]
  overdue: boolean
  history: TransitionView[]
}

export interface ComplaintView {
  id: string
  divisionCode: string
  agencyId: string
  complainantName: string
  complainantPhone: string | null
  summary: string
  receivedOn: string
  status: string
  statusLabel: string
  assignee: string | null
  investigationStartedOn: string | null
  finding: string | null
  documentType: string | null
  documentTypeLabel: string | null
  documentNo: string | null
  documentIssuedOn: string | null
  rectificationReport: string | null
  reportedOn: string | null
  outcome: string | null
  closedOn: string | null
  workflow: WorkflowView
  version: number
}

export interface CodeCount {
  code: string
  label: string
  count: number
}

export interface AgencyCount {
  agencyId: string
  name: string
  count: number
}

export interface EnforcementStatistics {
  divisionCode: string | null
  from: string
  to: string
  actions: { total: number; byType: CodeCount[]; byAgency: AgencyCount[]; byMonth: CodeCount[]; penaltyAmount: number }
  threeSystems: { publication: Rate; legalReview: Rate; recording: Rate }
  fileReviews: {
    plans: number
    sampled: number
    scored: number
    byGrade: CodeCount[]
    meanScore: number | null
    excellentRate: Rate
    rectificationDue: number
  }
  complaints: { received: number; closed: number; closedRate: Rate; unfounded: number; byDocument: CodeCount[] }
}

/** "94.2%" or "—" when the denominator is 0. */
export function percent(rate: Rate | null | undefined): string {
  if (!rate || rate.fraction == null) return '—'
  return `${(rate.fraction * 100).toFixed(1)}%`
}

let agencyCache: Promise<AgencyOption[]> | null = null

/** The agencies in the user's scope (first 200, by name), loaded once per page load. */
export function loadAgencies(): Promise<AgencyOption[]> {
  agencyCache ??= http
    .get<PageView<AgencyOption>>(`${ENF}/agencies`, { size: 200, sort: 'name,asc' })
    .then((p) => p.content)
    .catch((e) => {
      agencyCache = null
      throw e
    })
  return agencyCache
}
