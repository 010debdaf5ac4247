import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { DeadlineView } from '@/api/types'
import DeadlineBadge from './DeadlineBadge.vue'

// the units of the rules (GET /api/core/v1/deadline-rules): the mediation limit counts calendar days, WD working days
vi.mock('@/composables/useDeadlineUnits', () => ({
  useDeadlineUnits: () => ({ unitOf: (kind: string) => ({ MEDIATION_TIME_LIMIT: 'CALENDAR_DAY', WD: 'WORKING_DAY' } as Record<string, string>)[kind] ?? null }),
}))

const base: DeadlineView = { kind: 'MEDIATION_TIME_LIMIT', label: '调解期限', dueDate: '2026-12-22', basis: '人民调解法' }

function tagOf(deadline: DeadlineView) {
  return mount(DeadlineBadge, { props: { deadline } }).find('.el-tag')
}

describe('DeadlineBadge', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date(2026, 11, 18, 10, 0))
  })
  afterEach(() => vi.useRealTimers())

  it('colours a deadline that is not yet near blue', () => {
    const tag = tagOf({ ...base, status: 'PENDING' })
    expect(tag.classes()).toContain('el-tag--primary')
    expect(tag.text()).toContain('剩 4 日')
  })

  it('colours a deadline due within three working days (DUE_SOON) orange', () => {
    expect(tagOf({ ...base, status: 'DUE_SOON' }).classes()).toContain('el-tag--warning')
  })

  it('colours an overdue deadline red', () => {
    const tag = tagOf({ ...base, dueDate: '2026-12-15', status: 'OVERDUE' })
    expect(tag.classes()).toContain('el-tag--danger')
    expect(tag.text()).toContain('逾期 3 日')
  })

  it('colours a met deadline grey', () => {
    const tag = tagOf({ ...base, status: 'MET', metOn: '2026-12-10' })
    expect(tag.classes()).toContain('el-tag--info')
    expect(tag.text()).toContain('2026-12-10 完成')
  })

  it('derives the status when a record sends only {kind,dueDate,basis,metOn}', () => {
    expect(tagOf({ ...base, dueDate: '2026-12-01' }).attributes('data-status')).toBe('OVERDUE')
    expect(tagOf({ ...base }).attributes('data-status')).toBe('PENDING')
    expect(tagOf({ ...base, metOn: '2026-12-23' }).attributes('data-status')).toBe('MISSED')
  })

  it('counts a working-day deadline in working days when the server gives them (worklist rows)', () => {
    expect(tagOf({ ...base, kind: 'WD', dueDate: '2026-12-22', status: 'DUE_SOON', workingDaysLeft: 2 }).text()).toContain('剩 2 个工作日')
    expect(tagOf({ ...base, kind: 'WD', dueDate: '2026-12-15', status: 'OVERDUE', workingDaysLeft: -3 }).text()).toContain('逾期 3 个工作日')
  })

  it('counts a calendar-day deadline in days even where the server also sends working days: one unit everywhere', () => {
    const tag = tagOf({ ...base, dueDate: '2026-12-15', status: 'OVERDUE', workingDaysLeft: -3 })
    expect(tag.text()).toContain('2026-12-15')
    expect(tag.text()).toContain('逾期 3 日')
    expect(tag.text()).not.toContain('工作日')
  })

  it('shows a working-day deadline without a count by its date alone, never in calendar days', () => {
    const tag = tagOf({ ...base, kind: 'WD', dueDate: '2026-12-15', status: 'OVERDUE' })
    expect(tag.text()).toContain('2026-12-15')
    expect(tag.text()).not.toMatch(/逾期 \d/)
  })

  it('marks a provisional due date', () => {
    expect(tagOf({ ...base, status: 'PENDING', provisional: true }).text()).toContain('*')
  })
})
