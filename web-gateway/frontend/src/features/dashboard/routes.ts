import type { RouteRecordRaw } from 'vue-router'

/** Who reads the dashboard: the bureau leader and the auditors (reports.read). */
export const DASHBOARD_SCOPES = ['reports.read'] as const

/** The leader's dashboard and the records behind its figures, children of the main layout. */
export const dashboardRoutes: RouteRecordRaw[] = [
  { path: 'dashboard', name: 'dashboard', component: () => import('./DashboardPage.vue'), meta: { title: '领导看板', scopes: DASHBOARD_SCOPES } },
  { path: 'dashboard/deadlines', component: () => import('./DeadlineListPage.vue'), meta: { title: '在办事项', scopes: DASHBOARD_SCOPES } },
]

/** The leader lands on the dashboard: on first load or right after login, not when they open 我的待办 from the menu. */
export function landingRedirect(toName: unknown, fromName: unknown, fromMatched: number, roles: ReadonlySet<string | undefined>): string | null {
  const arriving = fromName === 'login' || fromMatched === 0
  return toName === 'home' && arriving && roles.has('BUREAU_LEADER') ? '/dashboard' : null
}
