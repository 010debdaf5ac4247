import type { Component } from 'vue'
import {
  Calendar,
  Connection,
  DataAnalysis,
  Document,
  House,
  Key,
  Memo,
  OfficeBuilding,
  Setting,
  Stamp,
  User,
  UserFilled,
} from '@element-plus/icons-vue'

/** One menu entry. `scopes`: shown when the user has ANY of them (none = everyone logged in). */
export interface NavItem {
  title: string
  path?: string
  icon?: Component
  scopes?: readonly string[]
  children?: NavItem[]
}

/**
 * The portal's menu. Business sections follow the scopes the user's roles grant (core Role enum): a mediator sees
 * 人民调解, a bureau leader every section read-only, an admin 系统管理. Routes carry the same scopes in
 * `meta.scopes`, so a typed URL is refused the same way (403 page).
 */
export const NAVIGATION: NavItem[] = [
  { title: '我的待办', path: '/', icon: House },
  { title: '领导看板', path: '/dashboard', icon: DataAnalysis, scopes: ['reports.read'] },
  {
    title: '人民调解',
    icon: Connection,
    scopes: ['mediation.read'],
    children: [
      { title: '概览', path: '/mediation', icon: House, scopes: ['mediation.read'] },
      { title: '调解案件', path: '/mediation/cases', icon: Document, scopes: ['mediation.read'] },
      { title: '矛盾纠纷排查', path: '/mediation/screenings', scopes: ['mediation.read'] },
      { title: '专家咨询', path: '/mediation/expert-requests', scopes: ['mediation.read'] },
      { title: '调委会', path: '/mediation/committees', scopes: ['mediation.read'] },
      { title: '调解员', path: '/mediation/mediators', scopes: ['mediation.read'] },
      { title: '调解工作室', path: '/mediation/studios', scopes: ['mediation.read'] },
      { title: '以奖代补', path: '/mediation/incentives', scopes: ['mediation.read'] },
      { title: '以奖代补规则', path: '/mediation/incentive-rules', scopes: ['mediation.read'] },
      { title: '统计分析', path: '/mediation/statistics', icon: DataAnalysis, scopes: ['mediation.read'] },
    ],
  },
  {
    title: '法律援助',
    icon: UserFilled,
    scopes: ['legal-aid.read'],
    children: [
      { title: '概览', path: '/legal-aid', icon: House, scopes: ['legal-aid.read'] },
      { title: '援助申请', path: '/legal-aid/applications', icon: Document, scopes: ['legal-aid.read'] },
      { title: '援助案件', path: '/legal-aid/cases', scopes: ['legal-aid.read'] },
      { title: '法律援助人员', path: '/legal-aid/providers', scopes: ['legal-aid.read'] },
      { title: '值班律师', path: '/legal-aid/duty-lawyer-services', scopes: ['legal-aid.read'] },
      { title: '法律咨询', path: '/legal-aid/consultations', scopes: ['legal-aid.read'] },
      { title: '办案补贴标准', path: '/legal-aid/subsidy-standards', scopes: ['legal-aid.read'] },
      { title: '统计分析', path: '/legal-aid/statistics', icon: DataAnalysis, scopes: ['legal-aid.read'] },
    ],
  },
  {
    title: '行政复议应诉',
    icon: Stamp,
    scopes: ['review.read'],
    children: [
      { title: '概览', path: '/review', icon: House, scopes: ['review.read'] },
      { title: '行政复议案件', path: '/review/reconsiderations', icon: Document, scopes: ['review.read'] },
      { title: '行政应诉案件', path: '/review/litigations', scopes: ['review.read'] },
      { title: '统计分析', path: '/review/statistics', icon: DataAnalysis, scopes: ['review.read'] },
    ],
  },
  {
    title: '社区矫正',
    icon: Memo,
    scopes: ['correction.read'],
    children: [
      { title: '概览', path: '/correction', icon: House, scopes: ['correction.read'] },
      { title: '调查评估', path: '/correction/investigations', scopes: ['correction.read'] },
      { title: '矫正对象', path: '/correction/subjects', scopes: ['correction.read'] },
      { title: '请假外出', path: '/correction/leave-requests', scopes: ['correction.read'] },
      { title: '预警', path: '/correction/alerts', scopes: ['correction.read'] },
      { title: '安置帮教', path: '/correction/released-persons', scopes: ['correction.read'] },
      { title: '统计分析', path: '/correction/statistics', icon: DataAnalysis, scopes: ['correction.read'] },
    ],
  },
  {
    title: '行政执法监督',
    icon: Document,
    scopes: ['enforcement.read'],
    children: [
      { title: '概览', path: '/enforcement', scopes: ['enforcement.read'] },
      { title: '执法数据', path: '/enforcement/actions', scopes: ['enforcement.read'] },
      { title: '三项制度', path: '/enforcement/three-systems', scopes: ['enforcement.read'] },
      { title: '执法投诉', path: '/enforcement/complaints', scopes: ['enforcement.read'] },
      { title: '执法主体', path: '/enforcement/agencies', scopes: ['enforcement.read'] },
      { title: '执法人员与证件', path: '/enforcement/officers', scopes: ['enforcement.read'] },
      { title: '规范性文件备案', path: '/enforcement/normative-documents', scopes: ['enforcement.read'] },
      { title: '行政处罚备案', path: '/enforcement/penalty-filings', scopes: ['enforcement.read'] },
      { title: '合法性审核', path: '/enforcement/legality-reviews', scopes: ['enforcement.read'] },
      { title: '重大执法决定法制审核', path: '/enforcement/major-decision-reviews', scopes: ['enforcement.read'] },
      { title: '案卷评查计划', path: '/enforcement/file-review-plans', scopes: ['enforcement.read'] },
      { title: '案卷评查', path: '/enforcement/file-reviews', scopes: ['enforcement.read'] },
      { title: '涉企检查', path: '/enforcement/inspections', scopes: ['enforcement.read'] },
      { title: '检查白名单', path: '/enforcement/white-list', scopes: ['enforcement.read'] },
      { title: '免罚轻罚清单', path: '/enforcement/leniency-items', scopes: ['enforcement.read'] },
      { title: '免罚轻罚决定', path: '/enforcement/lenient-decisions', scopes: ['enforcement.read'] },
      { title: '统计分析', path: '/enforcement/statistics', scopes: ['enforcement.read'] },
    ],
  },
  { title: '统计报表', path: '/reports', icon: DataAnalysis, scopes: ['reports.read'] },
  {
    title: '系统管理',
    icon: Setting,
    scopes: ['core.admin'],
    children: [
      { title: '用户管理', path: '/admin/users', icon: User, scopes: ['core.admin'] },
      { title: 'API 客户端', path: '/admin/api-clients', icon: Key, scopes: ['core.admin'] },
      { title: '组织机构', path: '/admin/organizations', icon: OfficeBuilding, scopes: ['core.admin'] },
      { title: '节假日日历', path: '/admin/holidays', icon: Calendar, scopes: ['core.admin'] },
      { title: '角色与权限', path: '/admin/roles', scopes: ['core.admin'] },
      { title: '数据字典', path: '/admin/dictionaries', scopes: ['core.admin'] },
      { title: '期限规则', path: '/admin/deadline-rules', scopes: ['core.admin'] },
      { title: '操作日志', path: '/admin/audit-log', scopes: ['core.admin'] },
      { title: '登录日志', path: '/admin/login-log', scopes: ['core.admin'] },
    ],
  },
]

export const SECTION_SCOPES = {
  mediation: ['mediation.read'],
  'legal-aid': ['legal-aid.read'],
  review: ['review.read'],
  correction: ['correction.read'],
  enforcement: ['enforcement.read'],
  reports: ['reports.read'],
  admin: ['core.admin'],
} as const

function allowed(item: NavItem, scopes: ReadonlySet<string>): boolean {
  return !item.scopes || item.scopes.length === 0 || item.scopes.some((s) => scopes.has(s))
}

/** The menu as one user sees it: entries outside their scopes removed, and groups left empty removed too. */
export function visibleNavigation(items: readonly NavItem[], scopes: Iterable<string>): NavItem[] {
  const granted = scopes instanceof Set ? (scopes as ReadonlySet<string>) : new Set(scopes)
  const result: NavItem[] = []
  for (const item of items) {
    if (!allowed(item, granted)) continue
    if (item.children) {
      const children = visibleNavigation(item.children, granted)
      if (children.length > 0) result.push({ ...item, children })
    } else {
      result.push(item)
    }
  }
  return result
}
