import { isPhone } from '@/utils/format'
import type { StepDefinitions } from '@/components/steps'

/**
 * The forms of the complaint steps (docs/enforcement.md "执法投诉"). Which of them a complaint offers is its
 * `allowedActions`; field names are the request's, so the server's field errors land beside them.
 */
export const COMPLAINT_STEPS: StepDefinitions = {
  investigate: {
    title: '开始调查',
    fields: [{ prop: 'assignee', label: '承办人', placeholder: '用户名,默认本人', max: 100 }],
    date: { prop: 'startedOn', label: '开始日期' },
  },
  'issue-document': {
    title: '制发监督文书',
    fields: [
      { prop: 'documentType', label: '文书种类', kind: 'dict', dict: 'SupervisionDocumentType', required: true },
      { prop: 'documentNo', label: '文书编号', required: true, max: 60, placeholder: '如 开司监意〔2026〕3号' },
      { prop: 'finding', label: '调查认定', kind: 'textarea', required: true, max: 2000 },
    ],
    date: { prop: 'issuedOn', label: '送达日期' },
  },
  report: {
    title: '报送整改报告',
    fields: [{ prop: 'report', label: '整改情况', kind: 'textarea', required: true, max: 2000 }],
    date: { prop: 'reportedOn', label: '报告日期' },
  },
  close: {
    title: '办结',
    fields: [{ prop: 'conclusion', label: '办结意见', kind: 'textarea', required: true, max: 2000 }],
    date: { prop: 'closedOn', label: '办结日期' },
  },
}

/** A phone field's rule: a mobile or a landline with area code (utils/format isPhone), blank allowed. */
export const PHONE_RULE = {
  trigger: 'change',
  validator: (_r: unknown, v: string, cb: (e?: Error) => void) => (!v || isPhone(v) ? cb() : cb(new Error('联系电话格式不正确'))),
}
