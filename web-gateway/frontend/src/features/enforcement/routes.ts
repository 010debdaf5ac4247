import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import { ENF } from './api'

const scopes = SECTION_SCOPES.enforcement

/**
 * The records whose deadlines link to `/enforcement/<recordType>/<id>` (the `recordType` the service writes) and
 * have no page of their own: their name, API path and state code table, for the generic record page.
 */
export const ENFORCEMENT_RECORDS: Record<string, { name: string; api: string; statuses?: string }> = {
  inspections: { name: '涉企行政检查', api: 'inspections', statuses: 'InspectionStatus' },
  'normative-documents': { name: '行政规范性文件', api: 'normative-documents', statuses: 'NormativeStatus' },
  'major-decision-reviews': { name: '重大执法决定法制审核', api: 'major-decision-reviews', statuses: 'MajorReviewStatus' },
  'penalty-filings': { name: '行政处罚备案', api: 'penalty-filings', statuses: 'FilingStatus' },
  officers: { name: '行政执法人员', api: 'officers' },
  'file-reviews': { name: '案卷评查', api: 'file-reviews', statuses: 'FileReviewStatus' },
  'file-review-plans': { name: '案卷评查计划', api: 'file-reviews/plans', statuses: 'PlanStatus' },
  'legality-reviews': { name: '合法性审核', api: 'legality-reviews', statuses: 'LegalityStatus' },
}

function recordProps(route: RouteLocationNormalized) {
  const type = String(route.params.recordType)
  const id = String(route.params.id)
  const record = ENFORCEMENT_RECORDS[type]!
  return { url: `${ENF}/${record.api}/${encodeURIComponent(id)}`, typeName: record.name, statusDictionary: record.statuses, recordType: type, recordId: id }
}

/** The 行政执法监督 pages, children of the main layout. Record links follow the deadlines' `/enforcement/...` paths. */
export const enforcementRoutes: RouteRecordRaw[] = [
  { path: 'enforcement/actions', component: () => import('./ActionListPage.vue'), meta: { title: '执法数据', scopes } },
  { path: 'enforcement/actions/import', component: () => import('./ActionImportPage.vue'), meta: { title: '执法数据导入', scopes } },
  { path: 'enforcement/three-systems', component: () => import('./ThreeSystemsPage.vue'), meta: { title: '三项制度', scopes } },
  { path: 'enforcement/complaints', component: () => import('./ComplaintListPage.vue'), meta: { title: '执法投诉', scopes } },
  { path: 'enforcement/complaints/:id', component: () => import('./ComplaintDetailPage.vue'), meta: { title: '执法投诉详情', scopes } },
  { path: 'enforcement/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '执法监督统计', scopes } },
  {
    path: `enforcement/:recordType(${Object.keys(ENFORCEMENT_RECORDS).join('|')})/:id`,
    component: () => import('@/features/records/RecordPage.vue'),
    props: recordProps,
    meta: { title: '执法监督记录', scopes },
  },
]
