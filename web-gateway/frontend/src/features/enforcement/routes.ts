import type { RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import { REGISTRY } from './registry'

const scopes = SECTION_SCOPES.enforcement

/** The registers with a list and a detail page of their own (registry.ts), the action list excepted. */
const registers = REGISTRY.filter((e) => e.key !== 'actions')
const detailKeys = REGISTRY.filter((e) => !e.noDetail).map((e) => e.key)

/** The 行政执法监督 pages, children of the main layout. Record links follow the deadlines' `/enforcement/...` paths. */
export const enforcementRoutes: RouteRecordRaw[] = [
  { path: 'enforcement/actions', component: () => import('./ActionListPage.vue'), meta: { title: '执法数据', scopes } },
  { path: 'enforcement/actions/import', component: () => import('./ActionImportPage.vue'), meta: { title: '执法数据导入', scopes } },
  { path: 'enforcement/three-systems', component: () => import('./ThreeSystemsPage.vue'), meta: { title: '三项制度', scopes } },
  { path: 'enforcement/complaints', component: () => import('./ComplaintListPage.vue'), meta: { title: '执法投诉', scopes } },
  { path: 'enforcement/complaints/:id', component: () => import('./ComplaintDetailPage.vue'), meta: { title: '执法投诉详情', scopes } },
  ...registers.map(
    (e): RouteRecordRaw => ({
      path: `enforcement/${e.key}`,
      component: () => import('@/features/registry/RegistryListPage.vue'),
      props: { kind: e.key, section: 'enforcement' },
      meta: { title: e.menu, scopes },
    }),
  ),
  {
    path: `enforcement/:kind(${detailKeys.join('|')})/:id`,
    component: () => import('@/features/registry/RegistryDetailPage.vue'),
    props: (route) => ({ kind: String(route.params.kind), id: String(route.params.id), section: 'enforcement' }),
    meta: { title: '执法监督记录', scopes },
  },
  { path: 'enforcement/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '执法监督统计', scopes } },
]
