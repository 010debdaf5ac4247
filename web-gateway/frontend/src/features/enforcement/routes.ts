import type { RouteRecordRaw } from 'vue-router'

const scopes = ['enforcement.read'] as const

/** The 行政执法监督 pages, children of the main layout. Record links follow the deadlines' `/enforcement/...` paths. */
export const enforcementRoutes: RouteRecordRaw[] = [
  { path: 'enforcement/actions', component: () => import('./ActionListPage.vue'), meta: { title: '执法数据', scopes } },
  { path: 'enforcement/actions/import', component: () => import('./ActionImportPage.vue'), meta: { title: '执法数据导入', scopes } },
  { path: 'enforcement/three-systems', component: () => import('./ThreeSystemsPage.vue'), meta: { title: '三项制度', scopes } },
  { path: 'enforcement/complaints', component: () => import('./ComplaintListPage.vue'), meta: { title: '执法投诉', scopes } },
  { path: 'enforcement/complaints/:id', component: () => import('./ComplaintDetailPage.vue'), meta: { title: '执法投诉详情', scopes } },
  { path: 'enforcement/statistics', component: () => import('./StatisticsPage.vue'), meta: { title: '执法监督统计', scopes } },
]
