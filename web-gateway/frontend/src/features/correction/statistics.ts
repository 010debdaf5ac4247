import { use } from 'echarts/core'
import { BarChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'
import type { CodeCount, CorrectionStatistics, Rate } from './api'

use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/** A rate in percent with one decimal, null when nothing was counted (no 0% for an empty period). */
export const percentOf = (r: Rate | null | undefined): number | null =>
  !r || !r.denominator || r.fraction == null ? null : Math.round(r.fraction * 1000) / 10

/** A rate as the page shows it: "92.3%(12/13)", "—" when nothing was counted. */
export function rateText(r: Rate | null | undefined): string {
  const p = percentOf(r)
  return p == null ? '—' : `${p.toFixed(1)}%(${r!.numerator}/${r!.denominator})`
}

/** 在册 by kind as a pie (管制, 缓刑, 假释, 暂予监外执行). */
export function kindPie(rows: CodeCount[]): EChartsOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}:{c} 人({d}%)' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: rows.map((r) => ({ name: r.label, value: r.count })) }],
  }
}

/** Measures (奖惩) by kind as horizontal bars, 人次. */
export function measureBars(rows: CodeCount[]): EChartsOption {
  const shown = rows.filter((r) => r.count > 0)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 150, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.label), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name: '人次', data: shown.map((r) => r.count), barMaxWidth: 22 }],
  }
}

/** The period's flow: 接收, 解矫, 终止, 迁出, and 重新犯罪 among released persons. */
export function flowBars(s: CorrectionStatistics): EChartsOption {
  const rows = [
    { name: '接收', value: s.intake },
    { name: '解矫', value: s.discharged },
    { name: '终止', value: s.terminated },
    { name: '迁出', value: s.transferredOut },
    { name: '刑释人员重新犯罪', value: s.releasedReoffended },
  ]
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 36 },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: '人数', data: rows.map((r) => r.value ?? 0), barMaxWidth: 40 }],
  }
}
