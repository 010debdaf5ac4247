import type { DeadlineStatus, DeadlineView } from '@/api/types'
import { daysBetween } from './deadline'
import { today } from './format'

/** What the worklist needs of an item (core DeadlineItemView). */
export interface WorklistItem {
  id: string
  recordId: string
  kind: string
  link?: string | null
  caseNo?: string | null
}

/**
 * The rows of a worklist: each deadline once (the same deadline can come twice, and a record's same kind of
 * deadline twice after a recalculation), and only those whose page exists and the user may see (`canOpen`).
 * `hidden` counts the others, so that the counters match the rows.
 */
export function worklistRows<T extends WorklistItem>(items: readonly T[], canOpen: (link: string) => boolean): { rows: T[]; hidden: number } {
  const seen = new Set<string>()
  const rows: T[] = []
  let hidden = 0
  for (const item of items) {
    const key = `${item.recordId}|${item.kind}`
    if (seen.has(item.id) || seen.has(key)) continue
    seen.add(item.id)
    seen.add(key)
    if (item.link && canOpen(item.link)) rows.push(item)
    else hidden++
  }
  return { rows, hidden }
}

/**
 * Whether a deadline's `caseNo` is a reference (开福调〔2026〕12号, JC-2026-0001, 430105-2026-12) rather than a
 * name or an item kind, which some records put there: only references go into the 案号 column.
 */
export function isCaseReference(value: string | null | undefined): boolean {
  if (!value) return false
  const v = value.trim()
  return /〔\d{4}〕|\[\d{4}\]|\(\d{4}\)/.test(v) || /\d+\s*号$/.test(v) || /^[A-Za-z0-9][A-Za-z0-9\-_/.]{3,}$/.test(v)
}

/** The unit a deadline counts in (core DeadlineUnit), from its rule. */
export type DeadlineUnit = 'CALENDAR_DAY' | 'WORKING_DAY' | 'MONTH' | 'HOUR'

/**
 * How much time is left, in the deadline's own unit, so it reads the same on every page: working-day deadlines in
 * 个工作日 (when the server counted them: `workingDaysLeft`), the others in 日 (calendar days). A working-day
 * deadline whose count is not known, or a deadline whose unit is not known yet, shows its date alone.
 */
export function remainingText(
  deadline: Pick<DeadlineView, 'dueDate' | 'metOn'> & { workingDaysLeft?: number | null },
  status: DeadlineStatus,
  unit: DeadlineUnit | null | undefined,
  on: string = today(),
): string {
  if (status === 'MET' || status === 'MISSED') return deadline.metOn ? `${deadline.metOn} 完成` : ''
  if (status === 'CANCELLED' || !unit) return ''
  let n: number
  let word: string
  if (unit === 'WORKING_DAY') {
    if (deadline.workingDaysLeft == null) return ''
    n = deadline.workingDaysLeft
    word = '个工作日'
  } else {
    n = daysBetween(on, deadline.dueDate)
    word = '日'
  }
  if (n > 0) return `剩 ${n} ${word}`
  if (n === 0) return '今日届满'
  return `逾期 ${-n} ${word}`
}
