import { describe, expect, it } from 'vitest'
import { deadlinesLink, divisionChart, intakeChart, intakeLink, lastMonths, percentText, serviceRows } from './dashboard'
import { landingRedirect } from './routes'

describe('leader dashboard', () => {
  it('lists every service of the menu once, zeros where nothing is open, and unknown services after them', () => {
    const rows = serviceRows([
      { service: 'enforcement', open: 4, dueSoon: 1, overdue: 2 },
      { service: 'other', open: 1, dueSoon: 0, overdue: 0 },
    ])
    expect(rows.map((r) => r.service)).toEqual(['mediation', 'legal-aid', 'review', 'correction', 'enforcement', 'other'])
    expect(rows[0]).toEqual({ service: 'mediation', open: 0, dueSoon: 0, overdue: 0 })
    expect(rows[4]!.overdue).toBe(2)
  })

  it('opens the records behind a figure with only the filters it counts by', () => {
    expect(deadlinesLink({ service: 'mediation', status: 'OVERDUE' })).toEqual({ path: '/dashboard/deadlines', query: { service: 'mediation', status: 'OVERDUE' } })
    expect(deadlinesLink({ divisionCode: undefined })).toEqual({ path: '/dashboard/deadlines', query: {} })
  })

  it('counts twelve months back across a year end', () => {
    const months = lastMonths('2026-02-14')
    expect(months).toHaveLength(12)
    expect(months[0]).toBe('2025-03')
    expect(months[11]).toBe('2026-02')
  })

  it('stacks the intake by service over the last twelve months, the legend above the bars', () => {
    const option = intakeChart([
      { month: '2026-11', service: 'mediation', count: 7 },
      { month: '2026-12', service: 'enforcement', count: 2 },
    ], '2026-12-05') as { series: { id: string; name: string; data: number[] }[]; legend: { top: number }; grid: { top: number } }
    expect(option.series.map((s) => s.name)).toEqual(['人民调解', '行政执法监督'])
    expect(option.series[0]!.data.slice(-2)).toEqual([7, 0])
    expect(option.series[1]!.data.slice(-1)).toEqual([2])
    expect(option.grid.top).toBeGreaterThan(option.legend.top + 24)
  })

  it('shows the divisions with the highest overdue share on top, in percent', () => {
    const option = divisionChart([
      { divisionCode: 'a', name: '甲街道', open: 4, overdue: 2, overdueShare: 0.5 },
      { divisionCode: 'b', name: '乙街道', open: 10, overdue: 1, overdueShare: 0.1 },
    ]) as { yAxis: { data: string[] }; series: { data: number[] }[] }
    // echarts draws a category axis bottom-up: the last is on top
    expect(option.yAxis.data).toEqual(['乙街道', '甲街道'])
    expect(option.series[0]!.data).toEqual([10, 50])
    expect(percentText(1 / 3)).toBe('33.3%')
  })

  it('opens a month of mediation intake as the case list of that month', () => {
    expect(intakeLink('mediation', '2026-02')).toEqual({ path: '/mediation/cases', query: { from: '2026-02-01', to: '2026-02-28' } })
    expect(intakeLink('legal-aid', '2026-02')).toEqual({ path: '/legal-aid' })
  })

  it('lands the leader on the dashboard on arrival only', () => {
    const leader = new Set(['BUREAU_LEADER'])
    expect(landingRedirect('home', 'login', 1, leader)).toBe('/dashboard')
    expect(landingRedirect('home', undefined, 0, leader)).toBe('/dashboard')
    expect(landingRedirect('home', 'dashboard', 1, leader)).toBeNull()
    expect(landingRedirect('home', 'login', 1, new Set(['MEDIATOR']))).toBeNull()
  })
})
