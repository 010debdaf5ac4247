import { use } from 'echarts/core'
import { BarChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'
import type { AgencyCount, CodeCount, EnforcementStatistics, Rate } from './api'

use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/** A vertical bar chart of labelled counts. */
export function barOf(rows: CodeCount[], name: string): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name, data: rows.map((r) => r.count), barMaxWidth: 40 }],
  }
}

/** Horizontal bars per agency, the largest on top (at most `limit`). */
export function agencyBars(rows: AgencyCount[], limit = 12): EChartsOption {
  const top = [...rows].sort((a, b) => b.count - a.count).slice(0, limit).reverse()
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 180, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => r.name), axisLabel: { width: 170, overflow: 'truncate' } },
    series: [{ type: 'bar', name: '执法行为数', data: top.map((r) => r.count), barMaxWidth: 24 }],
  }
}

const pct = (r: Rate) => (r.fraction == null ? 0 : Math.round(r.fraction * 1000) / 10)

/** The three systems' rates in percent. */
export function ratesBar(s: EnforcementStatistics['threeSystems']): EChartsOption {
  const rates = [
    { name: '按时公示率', rate: s.publication },
    { name: '法制审核率', rate: s.legalReview },
    { name: '音像记录率', rate: s.recording },
  ]
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => {
        const item = (p as { dataIndex: number }[])[0]
        const r = rates[item.dataIndex].rate
        return `${rates[item.dataIndex].name}<br/>${pct(r)}%(${r.numerator}/${r.denominator})`
      },
    },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: rates.map((r) => r.name) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', data: rates.map((r) => pct(r.rate)), barMaxWidth: 48, label: { show: true, position: 'top', formatter: '{c}%' } }],
  }
}

/** File-review grades as a pie. */
export function gradesPie(rows: CodeCount[]): EChartsOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}:{c}({d}%)' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map((r) => ({ name: r.label, value: r.count })) }],
  }
}
