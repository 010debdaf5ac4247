import type { RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import { REVIEW_REGISTRY } from './registry'

const scopes = SECTION_SCOPES.review
const detailKeys = REVIEW_REGISTRY.filter((e) => !e.noDetail).map((e) => e.key)

/**
 * The 行政复议应诉 pages, children of the main layout. Record paths follow the links the service writes on its deadlines
 * (`/review/reconsiderations/<id>`, `/review/litigations/<id>`); the registers (registry.ts) share the list and detail
 * pages of features/registry.
 */
export const reviewRoutes: RouteRecordRaw[] = [
  { path: 'review/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '行政复议应诉统计', scopes } },
  ...REVIEW_REGISTRY.map(
    (e): RouteRecordRaw => ({
      path: `review/${e.key}`,
      component: () => import('@/features/registry/RegistryListPage.vue'),
      props: { kind: e.key, section: 'review' },
      meta: { title: e.menu, scopes },
    }),
  ),
  {
    path: `review/:kind(${detailKeys.join('|')})/:id`,
    component: () => import('@/features/registry/RegistryDetailPage.vue'),
    props: (route) => ({ kind: String(route.params.kind), id: String(route.params.id), section: 'review' }),
    meta: { title: '行政复议应诉记录', scopes },
  },
]
