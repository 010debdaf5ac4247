import { describe, expect, it } from 'vitest'
import { NAVIGATION, visibleNavigation, type NavItem } from './navigation'

// The scopes each core Role grants (cn.sifa.core.security.Role).
const SCOPES = {
  SYSTEM_ADMIN: ['core.read', 'core.admin'],
  BUREAU_LEADER: ['core.read', 'mediation.read', 'legal-aid.read', 'review.read', 'correction.read', 'enforcement.read', 'reports.read'],
  MEDIATOR: ['core.read', 'mediation.read', 'mediation.write'],
  LEGAL_AID_STAFF: ['core.read', 'legal-aid.read', 'legal-aid.write'],
}

const titles = (items: NavItem[]): string[] => items.flatMap((i) => [i.title, ...(i.children ? titles(i.children) : [])])

describe('visibleNavigation', () => {
  it('shows a mediator only the home page and 人民调解', () => {
    expect(titles(visibleNavigation(NAVIGATION, SCOPES.MEDIATOR))).toEqual(['我的待办', '人民调解', '概览', '调解案件', '矛盾纠纷排查', '专家咨询', '调委会', '调解员', '调解工作室', '以奖代补', '以奖代补规则', '统计分析'])
  })

  it('shows a bureau leader every business section and statistics, but no administration', () => {
    expect(titles(visibleNavigation(NAVIGATION, SCOPES.BUREAU_LEADER))).toEqual([
      '我的待办', '领导看板', '人民调解', '概览', '调解案件', '矛盾纠纷排查', '专家咨询', '调委会', '调解员', '调解工作室', '以奖代补', '以奖代补规则', '统计分析',
      '法律援助', '概览', '援助申请', '援助案件', '法律援助人员', '值班律师', '法律咨询', '办案补贴标准', '统计分析',
      '行政复议应诉', '概览', '行政复议案件', '行政应诉案件', '统计分析',
      '社区矫正', '概览', '调查评估', '矫正对象', '请假外出', '预警', '安置帮教', '统计分析',
      '行政执法监督', '概览', '执法数据', '三项制度', '执法投诉',
      '执法主体', '执法人员与证件', '规范性文件备案', '行政处罚备案', '合法性审核', '重大执法决定法制审核', '案卷评查计划', '案卷评查', '涉企检查', '检查白名单', '免罚轻罚清单', '免罚轻罚决定',
      '统计分析', '统计报表',
    ])
  })

  it('shows an administrator the 系统管理 group with its pages and no casework', () => {
    expect(titles(visibleNavigation(NAVIGATION, SCOPES.SYSTEM_ADMIN))).toEqual([
      '我的待办', '系统管理', '用户管理', 'API 客户端', '组织机构', '节假日日历', '角色与权限', '数据字典', '期限规则', '操作日志', '登录日志',
    ])
  })

  it('gives a user with several roles the union of their sections', () => {
    const both = new Set([...SCOPES.MEDIATOR, ...SCOPES.LEGAL_AID_STAFF])
    expect(titles(visibleNavigation(NAVIGATION, both))).toEqual(['我的待办', '人民调解', '概览', '调解案件', '矛盾纠纷排查', '专家咨询', '调委会', '调解员', '调解工作室', '以奖代补', '以奖代补规则', '统计分析', '法律援助', '概览', '援助申请', '援助案件', '法律援助人员', '值班律师', '法律咨询', '办案补贴标准', '统计分析'])
  })

  it('drops a group whose children are all hidden', () => {
    const items: NavItem[] = [{ title: 'group', children: [{ title: 'a', path: '/a', scopes: ['x'] }] }]
    expect(visibleNavigation(items, ['y'])).toEqual([])
  })
})
