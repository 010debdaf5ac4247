import type { DeadlineView, TransitionView } from './types'

/**
 * The workflow fields of a record as every service answers them (issue 10): `status`, `deadlines`, `overdue`,
 * `allowedActions` and `history` at the top level of a detail; `status`, `nextDueOn`, `overdue` and
 * `allowedActions` on a list row. Enforcement nested them under `workflow{}` before (deprecated, kept for one
 * release); `workflowOf` reads the top level and falls back to `workflow.*` only where a server still has it.
 */
export interface WorkflowFields {
  status?: string | null
  statusLabel?: string | null
  deadlines?: DeadlineView[] | null
  overdue?: boolean | null
  allowedActions?: string[] | null
  history?: TransitionView[] | null
  nextDueOn?: string | null
  /** @deprecated enforcement before issue 10 */
  workflow?: { allowedActions?: string[]; deadlines?: DeadlineView[]; overdue?: boolean; history?: TransitionView[] } | null
}

export interface Workflow {
  status: string | null
  allowedActions: string[]
  deadlines: DeadlineView[]
  overdue: boolean
  history: TransitionView[]
  /** The earliest open deadline's due date, null if none (a row's `nextDueOn`, else from `deadlines`). */
  nextDueOn: string | null
}

const OPEN: ReadonlySet<string | undefined> = new Set([undefined, 'PENDING', 'DUE_SOON', 'OVERDUE'])

export function workflowOf(r: WorkflowFields | null | undefined): Workflow {
  const nested = r?.workflow ?? null
  const deadlines = r?.deadlines ?? nested?.deadlines ?? []
  const open = deadlines.filter((d) => !d.metOn && OPEN.has(d.status)).map((d) => d.dueDate).sort()
  return {
    status: r?.status ?? null,
    allowedActions: r?.allowedActions ?? nested?.allowedActions ?? [],
    deadlines,
    overdue: r?.overdue ?? nested?.overdue ?? false,
    history: r?.history ?? nested?.history ?? [],
    nextDueOn: r && 'nextDueOn' in r ? r.nextDueOn ?? null : open[0] ?? null,
  }
}

/** Whether a list row carries its due date itself (`nextDueOn`), as every service's rows do after issue 10. */
export const hasNextDueOn = (row: object): boolean => 'nextDueOn' in row

/** A row's next due date as a DeadlineBadge input (DUE_SOON is decided by the server, on the detail). */
export function nextDeadline(row: WorkflowFields): DeadlineView | null {
  const due = workflowOf(row).nextDueOn
  if (!due) return null
  return { kind: 'NEXT', label: '最近期限', dueDate: due, status: workflowOf(row).overdue ? 'OVERDUE' : undefined }
}
