import type { RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import { LEGAL_AID_REGISTRY } from './registry'

const scopes = SECTION_SCOPES['legal-aid']
const detailKeys = LEGAL_AID_REGISTRY.filter((e) => !e.noDetail).map((e) => e.key)

/**
 * The 法律援助 pages, children of the main layout. Record paths follow the links the service writes on its deadlines
 * (`/legal-aid/applications/<id>`, `/legal-aid/cases/<id>`); the records (registry.ts) share the list and detail
 * pages of features/registry.
 */
export const legalAidRoutes: RouteRecordRaw[] = [
  { path: 'legal-aid/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '法律援助统计', scopes } },
  ...LEGAL_AID_REGISTRY.map(
    (e): RouteRecordRaw => ({
      path: `legal-aid/${e.key}`,
      component: () => import('@/features/registry/RegistryListPage.vue'),
      props: { kind: e.key, section: 'legal-aid' },
      meta: { title: e.menu, scopes },
    }),
  ),
  {
    path: `legal-aid/:kind(${detailKeys.join('|')})/:id`,
    component: () => import('@/features/registry/RegistryDetailPage.vue'),
    props: (route) => ({ kind: String(route.params.kind), id: String(route.params.id), section: 'legal-aid' }),
    meta: { title: '法律援助记录', scopes },
  },
]
