import type { DeadlineStatus, DeadlineView } from '@/api/types'
import { today } from './format'

/** Element Plus tag types: primary = blue, success = green, warning = orange, danger = red, info = grey. */
export type Tone = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  PENDING: '未到期',
  DUE_SOON: '即将到期',
  OVERDUE: '已逾期',
  MET: '按期完成',
  MISSED: '逾期完成',
  CANCELLED: '不再适用',
}

/** due → blue, soon (≤ 3 working days, decided by the server) → orange, overdue → red, met or closed → grey. */
export function deadlineTone(status: DeadlineStatus): Tone {
  switch (status) {
    case 'PENDING': return 'primary'
    case 'DUE_SOON': return 'warning'
    case 'OVERDUE': return 'danger'
    default: return 'info'
  }
}

/**
 * The server states the status; records following only the short CONVENTIONS shape ({kind,dueDate,basis,metOn})
 * get one derived here. Working days are the server's business, so DUE_SOON is never guessed.
 */
export function deadlineStatus(deadline: DeadlineView, on: string = today()): DeadlineStatus {
  if (deadline.status) {
    return deadline.status
  }
  if (deadline.metOn) {
    return deadline.metOn <= deadline.dueDate ? 'MET' : 'MISSED'
  }
  return deadline.dueDate < on ? 'OVERDUE' : 'PENDING'
}

/** Calendar days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.substring(0, 4), +from.substring(5, 7) - 1, +from.substring(8, 10))
  const b = Date.UTC(+to.substring(0, 4), +to.substring(5, 7) - 1, +to.substring(8, 10))
  return Math.round((b - a) / 86_400_000)
}
