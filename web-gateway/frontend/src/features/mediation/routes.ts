import type { RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import { MEDIATION_REGISTRY } from './registry'

const scopes = SECTION_SCOPES.mediation
const detailKeys = MEDIATION_REGISTRY.filter((e) => !e.noDetail).map((e) => e.key)

/**
 * The 人民调解 pages, children of the main layout. Record paths follow the links the service writes
 * (`/mediation/committees/<id>`, `/mediation/screenings/<id>` …); the registers (registry.ts) share the list and
 * detail pages of features/registry.
 */
export const mediationRoutes: RouteRecordRaw[] = [
  { path: 'mediation/cases', component: () => import('./CaseListPage.vue'), meta: { title: '调解案件', scopes } },
  { path: 'mediation/cases/:id', component: () => import('./CaseDetailPage.vue'), meta: { title: '调解案件详情', scopes } },
  { path: 'mediation/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '人民调解统计', scopes } },
  { path: 'mediation/incentives', component: () => import('./IncentivesPage.vue'), meta: { title: '以奖代补', scopes } },
  ...MEDIATION_REGISTRY.map(
    (e): RouteRecordRaw => ({
      path: `mediation/${e.key}`,
      component: () => import('@/features/registry/RegistryListPage.vue'),
      props: { kind: e.key, section: 'mediation' },
      meta: { title: e.menu, scopes },
    }),
  ),
  {
    path: `mediation/:kind(${detailKeys.join('|')})/:id`,
    component: () => import('@/features/registry/RegistryDetailPage.vue'),
    props: (route) => ({ kind: String(route.params.kind), id: String(route.params.id), section: 'mediation' }),
    meta: { title: '人民调解记录', scopes },
  },
]
