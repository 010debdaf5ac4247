import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router'
import { ElMessage } from 'element-plus'
import { setUnauthorizedHandler } from '@/api/http'
import MainLayout from '@/features/layout/MainLayout.vue'
import { SECTION_SCOPES } from '@/features/layout/navigation'
import LoginPage from '@/features/auth/LoginPage.vue'
import HomePage from '@/features/home/HomePage.vue'
import ForbiddenPage from '@/features/errors/ForbiddenPage.vue'
import NotFoundPage from '@/features/errors/NotFoundPage.vue'
import { useSessionStore } from '@/stores/session'
import { adminRoutes } from '@/features/admin/routes'
import { enforcementRoutes } from '@/features/enforcement/routes'
import { mediationRoutes } from '@/features/mediation/routes'
import { legalAidRoutes } from '@/features/legal-aid/routes'
import { reviewRoutes } from '@/features/review/routes'
import { correctionRoutes } from '@/features/correction/routes'
import { dashboardRoutes, landingRedirect } from '@/features/dashboard/routes'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
    /** Reachable without login. */
    public?: boolean
    /** The user needs ANY of these scopes; otherwise the 403 page. */
    scopes?: readonly string[]
    section?: { title: string; intro: string; service: string }
  }
}

const SectionHome = () => import('@/features/sections/SectionHome.vue')

function section(path: keyof typeof SECTION_SCOPES, title: string, intro: string): RouteRecordRaw {
  return { path, component: SectionHome, meta: { title, scopes: SECTION_SCOPES[path], section: { title, intro, service: path } } }
}

/** Each feature declares its pages (`features/<feature>/routes.ts`); this assembles them under the main layout. */
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginPage, meta: { public: true, title: '登录' } },
  {
    path: '/',
    component: MainLayout,
    children: [
      { path: '', name: 'home', component: HomePage, meta: { title: '我的待办' } },
      ...dashboardRoutes,
      section('mediation', '人民调解', '人民调解委员会受理、调解民间纠纷,调解协议的履行与回访(《人民调解法》)。'),
      ...mediationRoutes,
      section('legal-aid', '法律援助', '法律援助申请的受理、审查、指派与结案(《法律援助法》)。'),
      ...legalAidRoutes,
      section('review', '行政复议应诉', '行政复议案件的受理、审理、决定,以及行政应诉(《行政复议法》)。'),
      ...reviewRoutes,
      section('correction', '社区矫正', '社区矫正对象的接收、报到、监督管理与解除(《社区矫正法》)。'),
      ...correctionRoutes,
      section('enforcement', '行政执法监督', '行政执法案卷评查、执法监督与整改跟踪。'),
      ...enforcementRoutes,
      section('reports', '统计报表', '各业务的统计汇总与报表导出。'),
      ...adminRoutes,
      { path: '403', name: 'forbidden', component: ForbiddenPage, meta: { title: '无权访问' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { title: '页面不存在' } },
    ],
  },
]

export function installGuards(router: Router): void {
  router.beforeEach(async (to, from) => {
    const session = useSessionStore()
    try {
      await session.ensureLoaded()
    } catch {
      // server unreachable: the login page says so when the user tries
    }
    if (to.meta.public) {
      return to.name === 'login' && session.loggedIn ? { path: '/' } : true
    }
    if (!session.loggedIn) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    if (!session.hasAnyScope(to.meta.scopes)) {
      // keep the address the user typed visible: replace the page, not the URL
      return { name: 'forbidden', query: { from: to.fullPath }, replace: true }
    }
    const landing = landingRedirect(to.name, from.name, from.matched.length, session.roleCodes)
    if (landing) return { path: landing, replace: true }
    return true
  })
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} - 司法行政业务平台` : '司法行政业务平台'
  })

  // A 401 from any API call: the session timed out on the server.
  setUnauthorizedHandler(() => {
    const session = useSessionStore()
    if (!session.loggedIn) return
    session.clear()
    ElMessage.warning('登录已超时,请重新登录')
    const current = router.currentRoute.value
    router.replace({ name: 'login', query: { redirect: current.fullPath } })
  })
}

export function createAppRouter(): Router {
  const router = createRouter({ history: createWebHistory(), routes })
  installGuards(router)
  return router
}
