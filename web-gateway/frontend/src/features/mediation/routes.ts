import type { RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import { CASES_URL } from './api'

const scopes = SECTION_SCOPES.mediation

/** The 人民调解 pages, children of the main layout. Record paths follow the links the service writes. */
export const mediationRoutes: RouteRecordRaw[] = [
  { path: 'mediation/cases', component: () => import('./CaseListPage.vue'), meta: { title: '调解案件', scopes } },
  { path: 'mediation/cases/:id', component: () => import('./CaseDetailPage.vue'), meta: { title: '调解案件详情', scopes } },
  { path: 'mediation/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '人民调解统计', scopes } },
  {
    // committee term deadlines link here
    path: 'mediation/committees/:id',
    component: () => import('@/features/records/RecordPage.vue'),
    props: (r) => ({ url: `${CASES_URL.replace('/cases', '/committees')}/${encodeURIComponent(String(r.params.id))}`, typeName: '人民调解委员会',
      recordType: 'mediation-committee', recordId: String(r.params.id) }),
    meta: { title: '人民调解委员会', scopes },
  },
]
