import type { EChartsOption } from 'echarts'
import type { CodeCount, NameCount, Rate, ReviewStatistics } from './api'

/** A rate as the cards show it: "7.0%", or "—" when its denominator is 0. */
export function percent(rate: Rate | undefined): string {
  return rate?.fraction == null ? '—' : `${(Math.round(rate.fraction * 1000) / 10).toFixed(1)}%`
}

/** A year-on-year growth: "+72.1%", "−16.9%", or "—" when last year had none. */
export function growth(value: number | null | undefined): string {
  if (value == null) return '—'
  const p = (Math.round(value * 1000) / 10).toFixed(1)
  return value > 0 ? `+${p}%` : value < 0 ? `−${p.slice(1)}%` : '0.0%'
}

const pct = (r: Rate | undefined) => (r?.fraction == null ? null : Math.round(r.fraction * 1000) / 10)

/** The rates of both flows in percent, each with its numerator and denominator in the tooltip. */
export function ratesBar(s: ReviewStatistics): EChartsOption {
  const rates: { name: string; rate: Rate | undefined }[] = [
    { name: '法定期限内结案率', rate: s.reconsideration?.onTimeRate },
    { name: '纠错率', rate: s.reconsideration?.correctionRate },
    { name: '调解和解结案率', rate: s.reconsideration?.mediatedOrSettledShare },
    { name: '一审败诉率', rate: s.litigation?.firstInstanceLossRate },
    { name: '胜诉率', rate: s.litigation?.winRate },
    { name: '负责人出庭应诉率', rate: s.litigation?.headAppearanceRate },
  ]
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }[])[0]!.dataIndex
        const r = rates[i]!
        return `${r.name}<br/>${percent(r.rate)}(${r.rate?.numerator ?? 0}/${r.rate?.denominator ?? 0})`
      },
    },
    grid: { left: 48, right: 16, top: 28, bottom: 48 },
    xAxis: { type: 'category', data: rates.map((r) => r.name), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', data: rates.map((r) => pct(r.rate)), barMaxWidth: 40, label: { show: true, position: 'top', formatter: '{c}%' } }],
  }
}

/** Labelled counts as vertical bars (zero rows left out). */
export function barOf(rows: CodeCount[] | undefined, name: string): EChartsOption {
  const shown = (rows ?? []).filter((r) => (r.count ?? 0) > 0)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 64 },
    xAxis: { type: 'category', data: shown.map((r) => r.label ?? r.code ?? ''), axisLabel: { interval: 0, rotate: shown.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name, data: shown.map((r) => r.count ?? 0), barMaxWidth: 40 }],
  }
}

/** Respondents with the most applications, the largest on top (at most `limit`). */
export function respondentBars(rows: NameCount[] | undefined, limit = 10): EChartsOption {
  const top = [...(rows ?? [])].sort((a, b) => (b.count ?? 0) - (a.count ?? 0)).slice(0, limit).reverse()
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 170, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => r.name ?? ''), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [{ type: 'bar', name: '复议申请', data: top.map((r) => r.count ?? 0), barMaxWidth: 22 }],
  }
}
