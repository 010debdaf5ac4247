import { describe, expect, it } from 'vitest'
import { isCaseReference, remainingText, worklistRows } from './worklist'

const item = (id: string, recordId: string, kind = 'K', link: string | null = `/mediation/cases/${recordId}`) => ({ id, recordId, kind, link })

describe('worklist rows', () => {
  it('lists each deadline once, also when a record has the same kind of deadline twice', () => {
    const { rows } = worklistRows([item('1', 'a'), item('1', 'a'), item('2', 'a'), item('3', 'b')], () => true)
    expect(rows.map((r) => r.id)).toEqual(['1', '3'])
  })

  it('leaves out items whose page does not exist or that the user may not see, and counts them', () => {
    const canOpen = (link: string) => link.startsWith('/mediation/')
    const { rows, hidden } = worklistRows([item('1', 'a'), item('2', 'b', 'K', '/enforcement/officers/b'), item('3', 'c', 'K', null)], canOpen)
    expect(rows.map((r) => r.id)).toEqual(['1'])
    expect(hidden).toBe(2)
  })
})

describe('case references', () => {
  it.each(['开福调〔2026〕12号', '湘司监〔2026〕3号', 'JC-2026-0001', '430105-2026-12'])('takes %s for a reference', (v) => {
    expect(isCaseReference(v)).toBe(true)
  })
  it.each(['王女士', '行政执法人员', '案卷评查整改', '', null])('does not take %s for one', (v) => {
    expect(isCaseReference(v)).toBe(false)
  })
})

describe('time left in the deadline’s own unit', () => {
  const on = '2026-12-18'
  it('counts calendar-day deadlines in 日 from the date, whatever working days the server adds', () => {
    expect(remainingText({ dueDate: '2026-11-29', workingDaysLeft: -14 }, 'OVERDUE', 'CALENDAR_DAY', on)).toBe('逾期 19 日')
    expect(remainingText({ dueDate: '2026-12-22' }, 'PENDING', 'MONTH', on)).toBe('剩 4 日')
  })
  it('counts working-day deadlines in 个工作日, or not at all when not counted', () => {
    expect(remainingText({ dueDate: '2026-11-29', workingDaysLeft: -14 }, 'OVERDUE', 'WORKING_DAY', on)).toBe('逾期 14 个工作日')
    expect(remainingText({ dueDate: '2026-11-29' }, 'OVERDUE', 'WORKING_DAY', on)).toBe('')
    expect(remainingText({ dueDate: '2026-12-18', workingDaysLeft: 0 }, 'DUE_SOON', 'WORKING_DAY', on)).toBe('今日届满')
  })
  it('says nothing while the unit is unknown, and when met gives the day it was met', () => {
    expect(remainingText({ dueDate: '2026-12-22' }, 'PENDING', null, on)).toBe('')
    expect(remainingText({ dueDate: '2026-12-22', metOn: '2026-12-20' }, 'MET', 'CALENDAR_DAY', on)).toBe('2026-12-20 完成')
  })
})
