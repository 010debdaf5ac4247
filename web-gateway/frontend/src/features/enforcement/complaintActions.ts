import type { FormItemRule } from 'element-plus'
import { today } from '@/utils/format'
import type { ComplaintView } from './api'

/** The steps of a complaint (docs/enforcement.md "执法投诉"), in workflow order. */
export const COMPLAINT_ACTIONS = ['investigate', 'issue-document', 'report', 'close'] as const
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number]

export const ACTION_LABELS: Record<ComplaintAction, string> = {
  investigate: '开始调查',
  'issue-document': '制发监督文书',
  report: '报送整改报告',
  close: '办结',
}

/** Labels of actions and states for the timeline. */
export const TIMELINE_LABELS: Record<string, string> = {
  receive: '受理',
  ...ACTION_LABELS,
  RECEIVED: '已受理',
  INVESTIGATING: '调查中',
  RECTIFYING: '整改中',
  REPORTED: '已报送整改报告',
  CLOSED: '已办结',
}

/** The buttons to show: exactly the server's `allowedActions`, known ones only, in workflow order. */
export function visibleActions(complaint: ComplaintView | null, canWrite: boolean): ComplaintAction[] {
  if (!complaint || !canWrite) return []
  const allowed = new Set(complaint.workflow?.allowedActions ?? [])
  return COMPLAINT_ACTIONS.filter((a) => allowed.has(a))
}

export interface StepForm {
  assignee: string
  documentType: string | null
  documentNo: string
  finding: string
  report: string
  conclusion: string
  on: string
}

export const emptyStep = (): StepForm => ({ assignee: '', documentType: null, documentNo: '', finding: '', report: '', conclusion: '', on: today() })

/** The request body of a step: its own fields and its date under the name the server expects. */
export function stepBody(action: ComplaintAction, f: StepForm): Record<string, unknown> {
  const trimmed = (v: string) => (v.trim() === '' ? null : v.trim())
  switch (action) {
    case 'investigate':
      return { assignee: trimmed(f.assignee), startedOn: f.on }
    case 'issue-document':
      return { documentType: f.documentType, documentNo: f.documentNo.trim(), finding: f.finding.trim(), issuedOn: f.on }
    case 'report':
      return { report: f.report.trim(), reportedOn: f.on }
    case 'close':
      return { conclusion: f.conclusion.trim(), closedOn: f.on }
  }
}

/** Field name of the step's date in the request, so that a server error on it lands beside the date picker. */
export const DATE_FIELD: Record<ComplaintAction, string> = {
  investigate: 'startedOn',
  'issue-document': 'issuedOn',
  report: 'reportedOn',
  close: 'closedOn',
}

/** A date not after today and not before `notBefore` (the previous step), as the server checks it. */
export function stepDateRule(notBefore: string | null | undefined, label = '上一步骤'): FormItemRule {
  return {
    trigger: 'change',
    validator: (_rule, value: string, callback) => {
      if (!value) callback(new Error('请选择日期'))
      else if (value > today()) callback(new Error('日期不能晚于今天'))
      else if (notBefore && value < notBefore) callback(new Error(`日期不能早于${label}(${notBefore})`))
      else callback()
    },
  }
}

/** The date of the latest step, which the next one may not precede. */
export function previousStepDate(c: ComplaintView): string | null {
  return c.reportedOn ?? c.documentIssuedOn ?? c.investigationStartedOn ?? c.receivedOn ?? null
}

export const PHONE = /^[0-9-]{7,20}$/
