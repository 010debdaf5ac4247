import { use } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'
import type { LocationQueryRaw, RouteLocationRaw } from 'vue-router'
import { http } from '@/api/http'
import type { CoreSchemas, DeepAnswer } from '@/api/schemas'

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/** `GET /api/core/v1/deadlines/summary`: the leader's figures over the open deadlines of a division subtree. */
export type DeadlineSummary = DeepAnswer<CoreSchemas['DeadlineSummaryView']>
export type ServiceFigures = DeadlineSummary['services'][number]
export type DivisionFigures = DeadlineSummary['divisions'][number]
export type MonthIntake = DeadlineSummary['intake'][number]

export function loadSummary(divisionCode?: string | null): Promise<DeadlineSummary> {
  return http.get('/api/core/v1/deadlines/summary', { divisionCode: divisionCode || undefined })
}

/** The services in menu order, with their Chinese names; a service the summary names and this does not shows by its code. */
export const SERVICES: { code: string; name: string }[] = [
  { code: 'mediation', name: '人民调解' },
  { code: 'legal-aid', name: '法律援助' },
  { code: 'review', name: '行政复议应诉' },
  { code: 'correction', name: '社区矫正' },
  { code: 'enforcement', name: '行政执法监督' },
]
export const serviceName = (code: string) => SERVICES.find((s) => s.code === code)?.name ?? code

/** Every service of the menu once (zeros where the summary has none), then any others the summary names. */
export function serviceRows(services: readonly ServiceFigures[]): ServiceFigures[] {
  const known = SERVICES.map((s) => services.find((f) => f.service === s.code) ?? { service: s.code, open: 0, dueSoon: 0, overdue: 0 })
  return [...known, ...services.filter((f) => !SERVICES.some((s) => s.code === f.service))]
}

/** The records behind a figure: the open deadlines' list, filtered as the figure counts. */
export function deadlinesLink(filters: { service?: string; status?: 'DUE_SOON' | 'OVERDUE'; divisionCode?: string }): RouteLocationRaw {
  const query: LocationQueryRaw = {}
  for (const [k, v] of Object.entries(filters)) if (v) query[k] = v
  return { path: '/dashboard/deadlines', query }
}

/** The last 12 months up to `today`'s, oldest first ("2026-01" … "2026-12"). */
export function lastMonths(today: string, n = 12): string[] {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const months: string[] = []
  for (let i = n - 1; i >= 0; i--) {
    const m = year * 12 + month - 1 - i
    months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`)
  }
  return months
}

/** The monthly intake as stacked bars, one series per service; legend above the grid so it never covers the axis. */
export function intakeChart(intake: readonly MonthIntake[], today: string): EChartsOption {
  const months = lastMonths(today)
  const order = (code: string) => {
    const i = SERVICES.findIndex((s) => s.code === code)
    return i < 0 ? SERVICES.length : i
  }
  const services = [...new Set(intake.map((i) => i.service))].sort((a, b) => order(a) - order(b))
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => `${Number(m.slice(5))}月`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: services.map((code) => ({
      type: 'bar',
      stack: 'intake',
      name: serviceName(code),
      id: code,
      barMaxWidth: 36,
      data: months.map((m) => intake.find((i) => i.service === code && i.month === m)?.count ?? 0),
    })),
  }
}

/** The divisions below, highest overdue share on top, as horizontal bars in percent (at most `limit`). */
export function divisionChart(divisions: readonly DivisionFigures[], limit = 15): EChartsOption {
  const top = divisions.slice(0, limit).reverse()
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => {
        const d = top[(p as { dataIndex: number }[])[0]!.dataIndex]!
        return `${d.name}<br/>逾期 ${d.overdue} / 在办 ${d.open}(${percentText(d.overdueShare)})`
      },
    },
    grid: { left: 150, right: 56, top: 8, bottom: 24 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: top.map((d) => d.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      name: '逾期占比',
      barMaxWidth: 20,
      data: top.map((d) => Math.round(d.overdueShare * 1000) / 10),
      label: { show: true, position: 'right', formatter: '{c}%' },
      itemStyle: { color: '#f56c6c' },
    }],
  }
}

export const percentText = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`

/** The list a month's intake bar opens: the service's own list where it takes a period, else its section. */
export function intakeLink(service: string, month: string): RouteLocationRaw {
  if (service === 'mediation') {
    const [y, m] = month.split('-').map(Number) as [number, number]
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
    return { path: '/mediation/cases', query: { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` } }
  }
  return { path: `/${service}` }
}
