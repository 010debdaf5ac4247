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
  { path: 'admin/roles', component: () => import('./access/RolesPage.vue'), meta: { title: '角色与权限', scopes } },
  { path: 'admin/dictionaries', component: () => import('./dictionaries/DictionariesPage.vue'), meta: { title: '数据字典', scopes } },
  { path: 'admin/deadline-rules', component: () => import('./deadline-rules/DeadlineRulesPage.vue'), meta: { title: '期限规则', scopes } },
  { path: 'admin/audit-log', component: () => import('./logs/AuditLogPage.vue'), meta: { title: '操作日志', scopes } },
  { path: 'admin/login-log', component: () => import('./logs/LoginLogPage.vue'), meta: { title: '登录日志', scopes } },
]
