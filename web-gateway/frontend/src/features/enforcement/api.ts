import { http } from '@/api/http'
import type { PageView } from '@/api/types'
import type { Answer, DeepAnswer, EnforcementSchemas } from '@/api/schemas'
import type { WorkflowFields } from '@/api/workflow'

/** Paths of the enforcement-oversight service (docs/enforcement.md). */
export const ENF = '/api/enforcement/v1'

type S = EnforcementSchemas

export type Rate = Answer<S['Rate']> & { fraction: number | null }
export type AgencyOption = Answer<S['AgencyView']>
export type ActionView = Answer<S['ActionView']>
export type ImportJobView = Answer<S['ImportJobView']>
export type ImportStatus = ImportJobView['status']
export type AgencyRates = DeepAnswer<S['ThreeSystemsViewAgencyRates']>
export type ThreeSystemsView = DeepAnswer<S['ThreeSystemsView']>
export type CodeCount = Answer<S['EnforcementStatisticsCodeCount']>
export type AgencyCount = Answer<S['EnforcementStatisticsAgencyCount']>
export type EnforcementStatistics = DeepAnswer<S['EnforcementStatistics']>

/** A complaint, detail and list row: the generated view plus the top-level workflow fields (see api/workflow.ts). */
export type ComplaintView = Answer<Omit<S['ComplaintView'], 'workflow'>> & WorkflowFields

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

export type OfficerOption = Answer<S['OfficerView']>

let officerCache: Promise<OfficerOption[]> | null = null

/** The officers in the user's scope (first 200, by name), loaded once per page load: for pickers and names. */
export function loadOfficers(): Promise<OfficerOption[]> {
  officerCache ??= http
    .get<PageView<OfficerOption>>(`${ENF}/officers`, { size: 200, sort: 'name,asc' })
    .then((p) => p.content)
    .catch((e) => {
      officerCache = null
      throw e
    })
  return officerCache
}

/** After a create: the next picker asks again. */
export function forgetCaches() {
  agencyCache = null
  officerCache = null
}
