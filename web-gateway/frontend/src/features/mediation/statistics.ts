/** GET /api/mediation/v1/statistics (the parts the portal shows). */
export interface Rate { numerator: number; denominator: number; fraction: number | null }
export interface Breakdown { code: string; label: string; registered: number; succeeded: number; failed: number; amount: number }
export interface Month { month: string; registered: number; succeeded: number; successRate: Rate }
export interface Statistics {
  divisionCode: string
  divisionName?: string
  from: string
  to: string
  registered: number
  accepted: number
  declined: number
  succeeded: number
  failed: number
  concluded: number
  successRate: Rate
  compensation: number
  currentlyOverdue: number
  byDisputeType: Breakdown[]
  bySource: Breakdown[]
  byMonth?: Month[]
  summary?: string
}

/** A rate as the statistic cards show it: "99.6%", or "—" when nothing was concluded. */
export function percent(rate: Rate): string {
  return rate.fraction == null ? '—' : `${(Math.round(rate.fraction * 1000) / 10).toFixed(1)}%`
}
