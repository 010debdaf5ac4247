import type { StepDefinitions } from '@/components/steps'
import type { CaseView } from './api'

/**
 * The forms of a case's steps (paths under /cases/{id}/). Which steps a case offers is its `allowedActions`;
 * fields of kind `slot` (mediators, committee) are rendered by the detail page. Judicial confirmation is two
 * steps on one path: the application, then the court's ruling once applied.
 */
export function caseSteps(c: CaseView): StepDefinitions {
  const deciding = !!c.judicialConfirmation?.appliedOn
  return {
    accept: {
      title: '受理',
      fields: [
        { prop: 'mediatorIds', label: '调解员', kind: 'slot', multiple: true, required: true },
        { prop: 'committeeId', label: '调委会', kind: 'slot' },
        { prop: 'difficulty', label: '难易程度', kind: 'dict', dict: 'MediationDifficulty' },
      ],
      initial: () => ({ mediatorIds: [], committeeId: c.committee?.id ?? null }),
      date: { prop: 'acceptedOn' },
    },
    'escalation-reports': {
      title: '民转刑风险报告',
      fields: [
        { prop: 'policeStation', label: '报告的派出所', required: true, max: 100 },
        { prop: 'measures', label: '已采取的措施', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'reportedOn', label: '报告日期' },
    },
    decline: {
      title: '不予受理',
      fields: [
        { prop: 'reasonCode', label: '理由类别', kind: 'dict', dict: 'MediationDeclineReason' },
        { prop: 'reason', label: '理由', kind: 'textarea', required: true, max: 1000 },
        { prop: 'routes', label: '告知途径', kind: 'dict', dict: 'MediationResolutionRoute', multiple: true },
      ],
      date: { prop: 'declinedOn' },
    },
    sessions: {
      title: '调解记录',
      fields: [
        { prop: 'place', label: '地点', required: true, max: 200 },
        { prop: 'mediatorIds', label: '调解员', kind: 'slot', multiple: true },
        { prop: 'publicSession', label: '公开调解', kind: 'switch' },
        { prop: 'notes', label: '调解记录', kind: 'textarea', required: true, max: 4000 },
      ],
      initial: () => ({ mediatorIds: (c.mediators ?? []).map((m) => m.id) }),
      date: { prop: 'heldOn' },
    },
    agreement: {
      title: '达成协议',
      fields: [
        { prop: 'form', label: '协议形式', kind: 'dict', dict: 'MediationAgreementForm', required: true },
        { prop: 'terms', label: '协议内容', kind: 'textarea', required: true, max: 4000 },
        { prop: 'amount', label: '金额(元)', kind: 'number' },
        { prop: 'performBy', label: '履行期限', kind: 'date' },
      ],
      initial: () => ({ form: 'WRITTEN' }),
      rules: (model) => ({
        performBy: [{
          trigger: 'change',
          validator: (_r: unknown, v: string, cb: (e?: Error) => void) =>
            v && typeof model.effectiveOn === 'string' && v < model.effectiveOn ? cb(new Error('履行期限不能早于生效日期')) : cb(),
        }],
      }),
      date: { prop: 'effectiveOn', label: '生效日期' },
    },
    fail: {
      title: '终止调解',
      fields: [
        { prop: 'reason', label: '终止理由', kind: 'textarea', required: true, max: 1000 },
        { prop: 'routes', label: '告知途径', kind: 'dict', dict: 'MediationResolutionRoute', multiple: true },
      ],
      date: { prop: 'failedOn' },
    },
    performance: {
      title: '履行情况',
      fields: [
        { prop: 'result', label: '履行情况', kind: 'dict', dict: 'MediationPerformanceResult', required: true },
        { prop: 'note', label: '说明', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'checkedOn' },
    },
    'judicial-confirmation': deciding
      ? {
          title: '登记司法确认裁定',
          fields: [{ prop: 'result', label: '裁定结果', kind: 'dict', dict: 'MediationConfirmationResult', required: true }],
          date: { prop: 'decidedOn', label: '裁定日期' },
        }
      : {
          title: '司法确认',
          fields: [{ prop: 'court', label: '受理法院', required: true, max: 100 }],
          date: { prop: 'appliedOn', label: '申请日期' },
        },
    'follow-ups': {
      title: '回访',
      fields: [
        { prop: 'method', label: '回访方式', kind: 'dict', dict: 'MediationFollowUpMethod', required: true },
        { prop: 'visitor', label: '回访人', max: 100 },
        { prop: 'notes', label: '回访情况', kind: 'textarea', required: true, max: 2000 },
        { prop: 'satisfied', label: '当事人满意', kind: 'switch' },
      ],
      initial: () => ({ method: 'PHONE', satisfied: true }),
      date: { prop: 'visitedOn' },
    },
    archive: {
      title: '归档',
      fields: [{ prop: 'note', label: '备注', max: 500 }],
      date: { prop: 'archivedOn' },
    },
  }
}

