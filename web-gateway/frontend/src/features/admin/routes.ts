import type { RouteRecordRaw } from 'vue-router'
import { SECTION_SCOPES } from '@/features/layout/navigation'

const scopes = SECTION_SCOPES.admin

/** The 系统管理 pages, children of the main layout. */
export const adminRoutes: RouteRecordRaw[] = [
  { path: 'admin', redirect: '/admin/users' },
  { path: 'admin/users', component: () => import('./users/UsersPage.vue'), meta: { title: '用户管理', scopes } },
  { path: 'admin/users/:id', component: () => import('./users/UserDetailPage.vue'), meta: { title: '用户详情', scopes } },
  { path: 'admin/api-clients', component: () => import('./api-clients/ApiClientsPage.vue'), meta: { title: 'API 客户端', scopes } },
  { path: 'admin/organizations', component: () => import('./organizations/OrganizationsPage.vue'), meta: { title: '组织机构', scopes } },
  { path: 'admin/organizations/:id', component: () => import('./organizations/OrganizationDetailPage.vue'), meta: { title: '组织机构详情', scopes } },
  { path: 'admin/holidays', component: () => import('./holidays/HolidaysPage.vue'), meta: { title: '节假日日历', scopes } },
]
