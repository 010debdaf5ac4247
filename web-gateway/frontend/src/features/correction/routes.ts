import type { RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import { CORRECTION_REGISTRY } from './registry'

const scopes = SECTION_SCOPES.correction

/**
 * The 社区矫正 and 安置帮教 pages, children of the main layout. Record paths follow the links the service writes in
 * deadlines and alerts (`/correction/investigations/<id>`, `/correction/subjects/<id>`, `/correction/released-persons/<id>`);
 * the lists and the investigation and released-person pages are the shared register pages (features/registry), a
 * subject's page has its sub-records as tabs.
 */
export const correctionRoutes: RouteRecordRaw[] = [
  { path: 'correction/subjects/:id', component: () => import('./SubjectDetailPage.vue'), props: true, meta: { title: '社区矫正对象', scopes } },
  { path: 'correction/leave-requests', component: () => import('./LeaveListPage.vue'), meta: { title: '请假外出', scopes } },
  { path: 'correction/alerts', component: () => import('./AlertsPage.vue'), meta: { title: '社区矫正预警', scopes } },
  { path: 'correction/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '社区矫正统计', scopes } },
  ...CORRECTION_REGISTRY.map(
    (e): RouteRecordRaw => ({
      path: `correction/${e.key}`,
      component: () => import('@/features/registry/RegistryListPage.vue'),
      props: { kind: e.key, section: 'correction' },
      meta: { title: e.menu, scopes },
    }),
  ),
  {
    path: 'correction/:kind(investigations|released-persons)/:id',
    component: () => import('@/features/registry/RegistryDetailPage.vue'),
    props: (route) => ({ kind: String(route.params.kind), id: String(route.params.id), section: 'correction' }),
    meta: { title: '社区矫正记录', scopes },
  },
]
