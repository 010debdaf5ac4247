import { use } from 'echarts/core'
import { BarChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'
import type { Breakdown, LegalAidStatistics, Rate } from './api'

use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/** A rate as a figure: "58.0%", or "—" when there is nothing to divide by. */
export function ratio(rate: Rate | null | undefined): string {
  return !rate || rate.fraction == null ? '—' : `${(rate.fraction * 100).toFixed(1)}%`
}

/** A year-on-year change: "+20.0%", "-5.0%", or "—" when last year had none. */
export function growth(value: number | null | undefined): string {
  if (value == null) return '—'
  const pct = (value * 100).toFixed(1)
  return value > 0 ? `+${pct}%` : `${pct}%`
}

/** Horizontal bars of labelled counts, the largest on top (the matters' names are long). */
export function countBars(rows: Breakdown[], name: string): EChartsOption {
  const sorted = rows.filter((r) => r.count > 0).sort((a, b) => a.count - b.count)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 130, right: 32, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => r.label), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [{ type: 'bar', name, data: sorted.map((r) => r.count), barMaxWidth: 20, label: { show: true, position: 'right' } }],
  }
}

/** Shares of a whole as a ring (人次 per channel, per post). */
export function sharePie(rows: Breakdown[]): EChartsOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}:{c}({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '44%'], data: rows.filter((r) => r.count > 0).map((r) => ({ name: r.label, value: r.count })) }],
  }
}

/** The on-time and 点援制 rates in percent, with their counts in the tooltip. */
export function rateBars(s: LegalAidStatistics): EChartsOption {
  const rates: { name: string; rate: Rate }[] = [
    { name: '审查按期率', rate: s.reviewOnTime },
    { name: '指派按期率', rate: s.assignmentOnTime },
    { name: '在押转交按期率', rate: s.forwardingOnTime },
    { name: '民事点援制比例', rate: s.civilChosenByApplicant },
  ]
  const pct = (r: Rate) => (r.fraction == null ? 0 : Math.round(r.fraction * 1000) / 10)
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }[])[0]!.dataIndex
        const r = rates[i]!.rate
        return `${rates[i]!.name}<br/>${ratio(r)}(${r.numerator}/${r.denominator})`
      },
    },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: rates.map((r) => r.name) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', data: rates.map((r) => pct(r.rate)), barMaxWidth: 48, label: { show: true, position: 'top', formatter: '{c}%' } }],
  }
}
