import type { StepDefinition, StepDefinitions } from '@/components/steps'
import { requiredWhen } from '@/components/steps'
import type { RegistryEntry, RegistryField } from '@/features/registry/types'
import { emptyParty, partiesBody, partiesText, type PartyForm } from './parties'

/**
 * The 行政复议应诉 registers shown by the shared list and detail pages (features/registry): 行政复议案件 and 行政应诉案件,
 * with every step of their workflows (docs/review-appeal.md). Field names are the API's (docs/openapi/review.json);
 * which steps a record offers is its `allowedActions`.
 */
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const division: RegistryField = { prop: 'divisionCode', label: '行政区划', kind: 'division', width: 140 }
const due: RegistryField = { prop: 'nextDueOn', label: '期限', kind: 'deadline', width: 200 }
const status = (dict: string): RegistryField => ({ prop: 'status', label: '状态', kind: 'status', width: 110, dict })
const act: RegistryField = { prop: 'actCategory', label: '行为类别', kind: 'dict', dict: 'ActCategory', width: 130 }

/** What a case still lacks before a merits decision (第50、52条), as the detail's `outstandingRequirements` codes. */
export const REQUIREMENTS: Record<string, string> = {
  'committee-consultation-required': '须先提请行政复议委员会咨询(第52条)',
  'hearing-required': '须先组织听证(第50条)',
}
const requirementsText = (v: unknown) => (Array.isArray(v) ? v.map((c) => REQUIREMENTS[String(c)] ?? String(c)).join(';') : '')

/** Where one 附带审查 stands in one line: its start, the notice or transfer, the reply, the result. */
export function normativeReviewText(v: unknown): string {
  if (!v || typeof v !== 'object') return ''
  const n = v as Record<string, unknown>
  const parts: string[] = []
  if (!n.startedOn) parts.push('申请人一并提出,尚未启动')
  else {
    parts.push(`${str(n.startedOn)} 启动,${n.competent ? '本机关有权处理' : '须转送有权机关'}`)
    if (n.notifiedOn) parts.push(`${str(n.notifiedOn)} 通知制定机关`)
    if (n.transferredOn) parts.push(`${str(n.transferredOn)} 转送${str(n.transferee)}`)
    if (n.repliedOn) parts.push(`${str(n.repliedOn)} 收到答复:${str(n.reply)}`)
    if (n.result) parts.push(`结论:${str(n.resultLabel) || str(n.result)}${n.resultNote ? `(${str(n.resultNote)})` : ''}`)
    else if (n.pending) parts.push('进行中(行政复议中止)')
  }
  return parts.join(';')
}

/** The steps of one 附带审查 (its `allowedActions`), posted to `normative-reviews/<reviewId>/<action>` of the case. */
export const NORMATIVE_REVIEW_STEPS: StepDefinitions = {
  start: {
    title: '启动附带审查',
    fields: [
      { prop: 'competent', label: '本机关有权处理', kind: 'switch' },
      { prop: 'provisions', label: '审查条款', max: 500, placeholder: '不填则为申请时所提' },
    ],
    initial: () => ({ competent: true }),
    date: { prop: 'startedOn', label: '启动日期' },
  },
  notice: {
    title: '通知制定机关答复',
    fields: [{ prop: 'drafterReceivedOn', label: '制定机关收到', kind: 'date', placeholder: '默认通知日期' }],
    date: { prop: 'notifiedOn', label: '通知日期' },
  },
  transfer: {
    title: '转送有权机关',
    fields: [
      { prop: 'transferee', label: '接受转送机关', required: true, max: 200 },
      { prop: 'transfereeReceivedOn', label: '对方收到日期', kind: 'date', placeholder: '默认转送日期' },
    ],
    date: { prop: 'transferredOn', label: '转送日期' },
  },
  reply: {
    title: '记录答复意见',
    fields: [{ prop: 'reply', label: '答复内容', kind: 'textarea', required: true, max: 2000 }],
    date: { prop: 'repliedOn', label: '收到日期' },
  },
  result: {
    title: '附带审查结论',
    fields: [
      { prop: 'result', label: '结论', kind: 'dict', dict: 'NormativeReviewResult', required: true },
      { prop: 'note', label: '说明', kind: 'textarea', max: 2000 },
    ],
    date: { prop: 'concludedOn', label: '结论日期' },
  },
}

/**
 * Each 附带审查's steps as buttons of the case: one per step its `allowedActions` offers, titled with the document,
 * posted to the case's `normative-reviews/<reviewId>/<action>` with the case's If-Match.
 */
export function normativeReviewCommands(r: Record<string, unknown>): StepDefinitions {
  const reviews = Array.isArray(r.normativeReviews) ? (r.normativeReviews as Record<string, unknown>[]) : []
  return Object.fromEntries(
    reviews.flatMap((n) =>
      (Array.isArray(n.allowedActions) ? (n.allowedActions as string[]) : [])
        .filter((a) => NORMATIVE_REVIEW_STEPS[a])
        .map((a) => [`normative-reviews/${str(n.id)}/${a}`, { ...NORMATIVE_REVIEW_STEPS[a]!, title: `${NORMATIVE_REVIEW_STEPS[a]!.title}:${str(n.document)}` }]),
    ),
  )
}

const accountabilityText = (v: unknown) =>
  Array.isArray(v)
    ? v.map((a: Record<string, unknown>) => `${str(a.decidedOn)} ${str(a.person)}${a.position ? `(${str(a.position)})` : ''}:${str(a.measureLabel) || str(a.measure)}`).join(';')
    : ''


/** A whole number field (the dialog's number input keeps two decimals). */
const whole = (v: unknown) => (v == null || v === '' ? null : Math.round(Number(v)))

/** The body with blank strings as null and only the props given. */
function only(m: Record<string, unknown>, props: string[]): Record<string, unknown> {
  return Object.fromEntries(props.map((p) => [p, typeof m[p] === 'string' ? (String(m[p]).trim() || null) : m[p] ?? null]))
}

const applicationFields = [
  { prop: 'applicants', label: '申请人', kind: 'slot', required: true },
  { prop: 'thirdParties', label: '第三人', kind: 'slot' },
  { prop: 'respondentName', label: '被申请人', required: true, max: 200 },
  { prop: 'respondentCreditCode', label: '被申请人信用代码', max: 18, placeholder: '统一社会信用代码(可不填)' },
  { prop: 'actCategory', label: '行为类别', kind: 'dict', dict: 'ActCategory', required: true },
  { prop: 'actDescription', label: '被申请的行为', kind: 'textarea', required: true, max: 2000 },
  { prop: 'actDate', label: '行为作出日期', kind: 'date' },
  { prop: 'knewOn', label: '知道行为之日', kind: 'date', required: true },
  { prop: 'requests', label: '复议请求', kind: 'textarea', required: true, max: 2000 },
  { prop: 'amountInvolved', label: '涉案金额(元)', kind: 'number' },
  { prop: 'channel', label: '申请方式', kind: 'dict', dict: 'ReconsiderationChannel', required: true },
  { prop: 'nrDocument', label: '附带审查文件', max: 300, placeholder: '一并申请审查的规范性文件名称及文号(可不填)' },
  { prop: 'nrIssuingBody', label: '文件制定机关', max: 200 },
  { prop: 'nrProvisions', label: '审查条款', max: 500 },
] as const satisfies StepDefinition['fields']

/** The application as the API takes it: parties as records, the respondent agency, the 附带审查 request if any. */
export function applicationBody(m: Record<string, unknown>): Record<string, unknown> {
  const text = (p: string) => (typeof m[p] === 'string' && String(m[p]).trim() ? String(m[p]).trim() : null)
  const body: Record<string, unknown> = {
    ...only(m, ['actCategory', 'actDescription', 'actDate', 'knewOn', 'requests', 'amountInvolved', 'channel', 'receivedOn']),
    applicants: partiesBody(m.applicants),
    thirdParties: partiesBody(m.thirdParties),
    respondentAgency: { name: text('respondentName'), creditCode: text('respondentCreditCode') },
  }
  if (text('nrDocument')) body.normativeReviews = [{ document: text('nrDocument'), issuingBody: text('nrIssuingBody'), provisions: text('nrProvisions') }]
  return body
}

const ACCEPTANCE: StepDefinition = {
  title: '受理审查',
  fields: [
    { prop: 'decision', label: '审查结论', kind: 'dict', dict: 'ReconsiderationAcceptanceDecision', required: true },
    { prop: 'procedure', label: '审理程序', kind: 'dict', dict: 'ReconsiderationProcedure' },
    { prop: 'simpleGround', label: '简易程序情形', kind: 'dict', dict: 'ReconsiderationSimpleGround', placeholder: '适用简易程序时选择(第53条)' },
    { prop: 'majorComplex', label: '重大疑难复杂', kind: 'switch' },
    { prop: 'highlyTechnical', label: '专业技术性强', kind: 'switch' },
    { prop: 'reason', label: '理由', kind: 'textarea', max: 1000, placeholder: '不予受理、通知补正时必填' },
    { prop: 'competentBody', label: '有管辖权机关', max: 200, placeholder: '不予受理时告知' },
  ],
  initial: () => ({ decision: 'ACCEPT', procedure: 'ORDINARY' }),
  date: { prop: 'decidedOn', label: '决定日期' },
  rules: (m) => ({
    procedure: requiredWhen('审理程序', m.decision === 'ACCEPT'),
    simpleGround: requiredWhen('简易程序情形', m.decision === 'ACCEPT' && m.procedure === 'SIMPLE'),
    reason: requiredWhen('理由', m.decision === 'NOT_ACCEPT' || m.decision === 'REQUEST_CORRECTION', false),
    competentBody: requiredWhen('有管辖权的复议机关', m.decision === 'NOT_ACCEPT', false),
  }),
  body: (m) => {
    const accept = m.decision === 'ACCEPT'
    return {
      ...only(m, ['decision', 'decidedOn', 'reason']),
      procedure: accept ? m.procedure : null,
      simpleGround: accept && m.procedure === 'SIMPLE' ? m.simpleGround : null,
      majorComplex: accept ? !!m.majorComplex : null,
      highlyTechnical: accept ? !!m.highlyTechnical : null,
      competentBody: m.decision === 'NOT_ACCEPT' ? str(m.competentBody).trim() || null : null,
    }
  },
}

const CLASSIFICATION_FLAGS = ['majorComplex', 'highlyTechnical', 'article24Case', 'consultationNecessary', 'hearingRequested'] as const

export const RECONSIDERATION: RegistryEntry = {
  key: 'reconsiderations',
  name: '行政复议案件',
  menu: '行政复议案件',
  api: 'reconsiderations',
  statuses: 'ReconsiderationStatus',
  attachmentType: 'review-reconsideration',
  heading: (r) => `${partiesText(r.applicants, false)} 不服 ${str(r.respondentName)}`.trim(),
  defaultSort: 'receivedOn,desc',
  notBefore: (r) => str(r.receivedOn) || null,
  columns: [
    { prop: 'receivedOn', label: '收到申请', kind: 'date', sortable: true, width: 110 },
    { prop: 'applicants', label: '申请人', kind: 'parties', width: 150 },
    { prop: 'respondentName', label: '被申请人' },
    act,
    { prop: 'procedure', label: '程序', kind: 'dict', dict: 'ReconsiderationProcedure', width: 80 },
    { prop: 'late', label: '超期申请', kind: 'bool', width: 86 },
    status('ReconsiderationStatus'),
    due,
  ],
  filters: [
    { prop: 'status', label: '状态', kind: 'dict', dict: 'ReconsiderationStatus' },
    { prop: 'actCategory', label: '行为类别', kind: 'dict', dict: 'ActCategory' },
    { prop: 'overdue', label: '已逾期', kind: 'bool' },
    { prop: 'late', label: '超期申请', kind: 'bool' },
    { prop: 'majorComplex', label: '重大复杂', kind: 'bool' },
    { prop: 'normativeReviewPending', label: '附带审查中', kind: 'bool' },
    { prop: 'q', label: '查找', kind: 'text', placeholder: '申请人、被申请人' },
  ],
  fields: [
    { prop: 'applicants', label: '申请人', wide: true, format: (v) => partiesText(v) },
    { prop: 'thirdParties', label: '第三人', wide: true, format: (v) => partiesText(v) },
    { prop: 'respondentName', label: '被申请人' },
    { prop: 'respondentCreditCode', label: '被申请人信用代码' },
    { prop: 'actCategory', label: '行为类别', kind: 'dict', dict: 'ActCategory' },
    { prop: 'actDate', label: '行为作出日期', kind: 'date' },
    { prop: 'actDescription', label: '被申请的行为', wide: true },
    { prop: 'requests', label: '复议请求', wide: true },
    { prop: 'amountInvolved', label: '涉案金额(元)', kind: 'amount' },
    { prop: 'channel', label: '申请方式', kind: 'dict', dict: 'ReconsiderationChannel' },
    { prop: 'knewOn', label: '知道行为之日', kind: 'date' },
    { prop: 'receivedOn', label: '收到申请日期', kind: 'date' },
    { prop: 'late', label: '可能超过申请期限', kind: 'bool' },
    { prop: 'lateReason', label: '超期情况', wide: true },
    { prop: 'deemedAccepted', label: '视为受理(第30条)', kind: 'bool', format: (v) => (v ? '是:受理审查期限届满未作不予受理决定' : '否') },
    { prop: 'correctionDays', label: '补正用时(日)' },
    { prop: 'acceptedOn', label: '受理日期', kind: 'date' },
    { prop: 'acceptanceReason', label: '受理审查理由', wide: true },
    { prop: 'competentBody', label: '有管辖权的复议机关' },
    { prop: 'procedure', label: '审理程序', kind: 'dict', dict: 'ReconsiderationProcedure' },
    { prop: 'simpleGround', label: '简易程序情形(第53条)', kind: 'dict', dict: 'ReconsiderationSimpleGround' },
    { prop: 'convertedBy', label: '转普通程序批准人' },
    { prop: 'majorComplex', label: '重大、疑难、复杂', kind: 'bool' },
    { prop: 'highlyTechnical', label: '专业性技术性强', kind: 'bool' },
    { prop: 'article24Case', label: '第24条第2款案件', kind: 'bool' },
    { prop: 'hearingRequested', label: '申请人请求听证', kind: 'bool' },
    { prop: 'hearingRequired', label: '须组织听证(第50条)', kind: 'bool' },
    { prop: 'consultationRequired', label: '须咨询复议委员会(第52条)', kind: 'bool' },
    { prop: 'outstandingRequirements', label: '作出决定前尚欠', wide: true, format: requirementsText },
    { prop: 'copySentOn', label: '发送副本日期', kind: 'date' },
    { prop: 'repliedOn', label: '被申请人答复日期', kind: 'date' },
    { prop: 'noReply', label: '被申请人未答复(第70条)', kind: 'bool' },
    { prop: 'hearingCount', label: '听证次数' },
    { prop: 'lastHearingOn', label: '最近听证日期', kind: 'date' },
    { prop: 'hearingWaived', label: '申请人放弃听证(第51条)', kind: 'bool' },
    { prop: 'committeeOpinion', label: '复议委员会咨询意见', wide: true },
    { prop: 'extensionDays', label: '延期天数' },
    { prop: 'extensionApprovedBy', label: '延期批准人' },
    { prop: 'suspensionGround', label: '中止情形', kind: 'dict', dict: 'ReconsiderationSuspensionGround' },
    { prop: 'suspendedOn', label: '中止日期', kind: 'date' },
    { prop: 'pausedDays', label: '已中止天数' },
    { prop: 'normativeReviews', label: '规范性文件附带审查', kind: 'rows', wide: true, rows: [
      { prop: 'document', label: '规范性文件', width: 200, format: (v, n) => `${str(v)}${n.provisions ? `(${str(n.provisions)})` : ''}` },
      { prop: 'issuingBody', label: '制定机关', width: 130 },
      { prop: 'sourceLabel', label: '来源', width: 150 },
      { prop: 'statusLabel', label: '状态', width: 130 },
      { prop: 'startedOn', label: '进展', format: (_v, n) => normativeReviewText(n) },
      { prop: 'nextDueOn', label: '期限', kind: 'deadline', width: 190 },
    ] },
    { prop: 'outcome', label: '结果', kind: 'dict', dict: 'ReconsiderationOutcome' },
    { prop: 'approvalMode', label: '批准方式', kind: 'dict', dict: 'ReconsiderationApprovalMode' },
    { prop: 'approvedBy', label: '批准人' },
    { prop: 'concludedOn', label: '结案日期', kind: 'date' },
    { prop: 'servedOn', label: '送达日期', kind: 'date' },
    { prop: 'finalOn', label: '决定确定日期', kind: 'date' },
    { prop: 'adviceIssuedOn', label: '意见书制发日期', kind: 'date' },
    { prop: 'adviceAgency', label: '意见书致送机关' },
    { prop: 'adviceContent', label: '意见书内容', wide: true },
    { prop: 'correctionReport', label: '纠正情况', wide: true },
    { prop: 'followUpNote', label: '回访复盘', wide: true },
    { prop: 'assignee', label: '承办人' },
    division,
  ],
  create: {
    title: '收到复议申请',
    fields: [...applicationFields],
    initial: () => ({ applicants: [emptyParty()], thirdParties: [] as PartyForm[], channel: 'WRITTEN' }),
    date: { prop: 'receivedOn', label: '收到申请日期' },
    rules: (m) => ({
      nrIssuingBody: requiredWhen('文件制定机关', !!str(m.nrDocument).trim(), false),
    }),
    body: applicationBody,
  },
  steps: {
    acceptance: ACCEPTANCE,
    corrections: { title: '收到补正材料', date: { prop: 'receivedOn', label: '收到日期' } },
    abandonment: { title: '视为放弃申请', date: { prop: 'abandonedOn', label: '日期' } },
    'copy-sent': {
      title: '发送申请书副本',
      fields: [{ prop: 'respondentReceivedOn', label: '被申请人收到', kind: 'date', placeholder: '默认发送日期' }],
      date: { prop: 'sentOn', label: '发送日期' },
    },
    'respondent-reply': {
      title: '被申请人答复',
      fields: [{ prop: 'noReply', label: '未按期答复', kind: 'switch' }],
      date: { prop: 'repliedOn', label: '答复日期' },
    },
    classification: {
      title: '案件定性',
      fields: [
        { prop: 'majorComplex', label: '重大疑难复杂', kind: 'switch' },
        { prop: 'highlyTechnical', label: '专业技术性强', kind: 'switch' },
        { prop: 'article24Case', label: '第24条第2款案件', kind: 'switch' },
        { prop: 'consultationNecessary', label: '有必要咨询', kind: 'switch' },
        { prop: 'hearingRequested', label: '申请人请求听证', kind: 'switch' },
        { prop: 'note', label: '说明', kind: 'textarea', max: 1000, placeholder: '只记录打开的认定,未打开的保持原认定' },
      ],
      date: { prop: 'classifiedOn', label: '日期' },
      // a flag left out stays as it was: only the ones switched on are sent
      body: (m) => ({ ...only(m, ['note', 'classifiedOn']), ...Object.fromEntries(CLASSIFICATION_FLAGS.filter((f) => m[f]).map((f) => [f, true])) }),
    },
    hearings: {
      title: '听证',
      fields: [
        { prop: 'noticeOn', label: '通知送达日期', kind: 'date', required: true },
        { prop: 'record', label: '听证笔录摘要', kind: 'textarea', required: true, max: 2000 },
        { prop: 'applicantAbsent', label: '申请人拒不参加', kind: 'switch' },
      ],
      date: { prop: 'heldOn', label: '听证日期' },
    },
    'committee-consultations': {
      title: '复议委员会咨询',
      fields: [{ prop: 'opinion', label: '咨询意见', kind: 'textarea', required: true, max: 2000 }],
      date: { prop: 'consultedOn', label: '咨询日期' },
    },
    conversion: {
      title: '转为普通程序',
      fields: [{ prop: 'approvedBy', label: '批准人', required: true, max: 100, placeholder: '复议机构负责人' }],
      date: { prop: 'approvedOn', label: '批准日期' },
    },
    extension: {
      title: '延期审理',
      fields: [
        { prop: 'days', label: '延长天数', kind: 'number', required: true, placeholder: '不超过30日' },
        { prop: 'approvedBy', label: '批准人', required: true, max: 100, placeholder: '复议机构负责人' },
      ],
      date: { prop: 'approvedOn', label: '批准日期' },
      body: (m) => ({ ...only(m, ['approvedBy', 'approvedOn']), days: whole(m.days) }),
    },
    suspension: {
      title: '中止审理',
      fields: [
        { prop: 'ground', label: '中止情形', kind: 'dict', dict: 'ReconsiderationSuspensionGround', required: true },
        { prop: 'reason', label: '说明', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'suspendedOn', label: '中止日期' },
    },
    resumption: { title: '恢复审理', date: { prop: 'resumedOn', label: '恢复日期' } },
    'normative-reviews': {
      title: '启动新的附带审查',
      fields: [
        { prop: 'source', label: '来源', kind: 'dict', dict: 'NormativeReviewSource', required: true },
        { prop: 'document', label: '规范性文件', required: true, max: 300, placeholder: '名称及文号;同一文件不重复审查' },
        { prop: 'issuingBody', label: '制定机关', required: true, max: 200 },
        { prop: 'provisions', label: '审查条款', max: 500 },
        { prop: 'competent', label: '本机关有权处理', kind: 'switch' },
      ],
      initial: () => ({ source: 'EX_OFFICIO', competent: true }),
      date: { prop: 'startedOn', label: '启动日期' },
    },
    mediation: {
      title: '调解',
      fields: [
        { prop: 'succeeded', label: '达成调解书', kind: 'switch' },
        { prop: 'note', label: '说明', kind: 'textarea', max: 1000, placeholder: '调解书编号等' },
      ],
      initial: () => ({ succeeded: true }),
      date: { prop: 'mediatedOn', label: '日期' },
    },
    decision: {
      title: '复议决定',
      fields: [
        { prop: 'outcome', label: '决定结果', kind: 'dict', dict: 'ReconsiderationOutcome', required: true },
        { prop: 'approvalMode', label: '批准方式', kind: 'dict', dict: 'ReconsiderationApprovalMode', required: true },
        { prop: 'approvedBy', label: '批准人', required: true, max: 100, placeholder: '负责人或集体讨论主持人' },
        { prop: 'reason', label: '理由', kind: 'textarea', max: 1000 },
      ],
      initial: () => ({ approvalMode: 'HEAD' }),
      date: { prop: 'decidedOn', label: '决定日期' },
    },
    withdrawal: {
      title: '撤回申请',
      fields: [
        { prop: 'settlement', label: '和解后撤回', kind: 'switch' },
        { prop: 'reason', label: '理由', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'withdrawnOn', label: '撤回日期' },
    },
    service: { title: '送达决定书', date: { prop: 'servedOn', label: '送达日期' } },
    finality: { title: '决定确定', date: { prop: 'finalOn', label: '日期' } },
    'advice-letters': {
      title: '制发意见书',
      fields: [
        { prop: 'agency', label: '致送机关', required: true, max: 200 },
        { prop: 'content', label: '意见内容', kind: 'textarea', required: true, max: 2000 },
      ],
      date: { prop: 'issuedOn', label: '制发日期' },
    },
    'follow-ups': {
      title: '纠正情况与回访',
      fields: [
        { prop: 'kind', label: '事项', kind: 'slot', required: true },
        { prop: 'note', label: '说明', kind: 'textarea', required: true, max: 2000 },
      ],
      initial: () => ({ kind: 'CORRECTION_REPORT' }),
      date: { prop: 'on', label: '日期' },
    },
  },
  commands: normativeReviewCommands,
  // timeline rows of each 附带审查's steps (and of the one-per-case start written before several were possible)
  actionLabels: {
    'normative-review': '启动附带审查',
    'normative-review-notice': '通知制定机关答复',
    'normative-review-transfer': '转送有权机关',
    'normative-review-reply': '记录答复意见',
    'normative-review-result': '附带审查结论',
  },
  links: (r) => (r.id ? [{ label: '行政应诉案件', to: `/review/litigations?relatedReconsiderationId=${String(r.id)}` }] : []),
}

/** The related reconsideration a new lawsuit starts from: the list's filter in the address, when it has one. */
function relatedFromAddress(): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('relatedReconsiderationId')
}

export const LITIGATION: RegistryEntry = {
  key: 'litigations',
  name: '行政应诉案件',
  menu: '行政应诉案件',
  api: 'litigations',
  statuses: 'LitigationStatus',
  attachmentType: 'review-litigation',
  heading: (r) => `${str(r.courtCaseNo)} ${str(r.plaintiff)}`.trim(),
  defaultSort: 'summonsReceivedOn,desc',
  notBefore: (r) => str(r.summonsReceivedOn) || null,
  columns: [
    { prop: 'courtCaseNo', label: '法院案号', width: 190 },
    { prop: 'summonsReceivedOn', label: '收到起诉状', kind: 'date', sortable: true, width: 110 },
    { prop: 'plaintiff', label: '原告', width: 130 },
    { prop: 'court', label: '法院' },
    { prop: 'instance', label: '审级', kind: 'dict', dict: 'LitigationInstance', width: 70 },
    { prop: 'headAppeared', label: '负责人出庭', kind: 'bool', width: 96 },
    { prop: 'outcome', label: '裁判结果', kind: 'dict', dict: 'LitigationOutcome', width: 110 },
    status('LitigationStatus'),
    due,
  ],
  filters: [
    { prop: 'status', label: '状态', kind: 'dict', dict: 'LitigationStatus' },
    { prop: 'instance', label: '审级', kind: 'dict', dict: 'LitigationInstance' },
    { prop: 'outcome', label: '裁判结果', kind: 'dict', dict: 'LitigationOutcome' },
    { prop: 'overdue', label: '已逾期', kind: 'bool' },
    { prop: 'q', label: '查找', kind: 'text', placeholder: '案号、原告' },
    { prop: 'relatedReconsiderationId', label: '行政复议案件', kind: 'hidden' },
  ],
  fields: [
    { prop: 'courtCaseNo', label: '法院案号' },
    { prop: 'court', label: '法院' },
    { prop: 'instance', label: '审级', kind: 'dict', dict: 'LitigationInstance' },
    { prop: 'courtProcedure', label: '法院适用程序', kind: 'dict', dict: 'LitigationCourtProcedure' },
    { prop: 'plaintiff', label: '原告' },
    { prop: 'defendantAgencies', label: '被告', format: (v) => (Array.isArray(v) ? v.join('、') : '') },
    { prop: 'actCategory', label: '被诉行为类别', kind: 'dict', dict: 'ActCategory' },
    { prop: 'summonsReceivedOn', label: '收到起诉状副本', kind: 'date' },
    { prop: 'registeredOn', label: '立案日期', kind: 'date' },
    { prop: 'courtConvertedOn', label: '转为普通程序日期', kind: 'date' },
    { prop: 'courtExtensionMonths', label: '审限延长(月)' },
    { prop: 'courtExtensionApprovedBy', label: '延长批准法院' },
    { prop: 'defenceFiledOn', label: '答辩日期', kind: 'date' },
    { prop: 'evidenceFiled', label: '已提交证据', kind: 'bool' },
    { prop: 'normativeDocumentsFiled', label: '已提交规范性文件', kind: 'bool' },
    { prop: 'noticeServedOn', label: '出庭通知送达', kind: 'date' },
    { prop: 'scheduledHearingOn', label: '通知开庭日期', kind: 'date' },
    { prop: 'noticeHeadRequired', label: '法院通知负责人出庭', kind: 'bool' },
    { prop: 'noticeEarliestHearing', label: '最早应开庭日期', kind: 'date' },
    { prop: 'hearingNoticeWarning', label: '出庭通知提示', wide: true },
    { prop: 'hearingCount', label: '开庭次数' },
    { prop: 'lastHearingOn', label: '最近开庭日期', kind: 'date' },
    { prop: 'appearedName', label: '出庭人员' },
    { prop: 'appearanceRole', label: '出庭人员身份', kind: 'dict', dict: 'AppearanceRole' },
    { prop: 'headAppeared', label: '负责人已出庭', kind: 'bool' },
    { prop: 'headSpoke', label: '负责人发言', kind: 'bool' },
    { prop: 'absenceReason', label: '负责人未出庭理由', kind: 'dict', dict: 'AbsenceReason' },
    { prop: 'absenceProofFiled', label: '已提交不能出庭证明', kind: 'bool' },
    { prop: 'rulingKind', label: '裁判文书', kind: 'dict', dict: 'LitigationRulingKind' },
    { prop: 'outcome', label: '裁判结果', kind: 'dict', dict: 'LitigationOutcome' },
    { prop: 'judgedOn', label: '裁判日期', kind: 'date' },
    { prop: 'judgmentReceivedOn', label: '收到裁判文书', kind: 'date' },
    { prop: 'lost', label: '败诉', kind: 'bool' },
    { prop: 'appealedOn', label: '上诉日期', kind: 'date' },
    { prop: 'effectiveOn', label: '生效日期', kind: 'date' },
    { prop: 'performedOn', label: '履行日期', kind: 'date' },
    { prop: 'performanceNote', label: '履行情况', wide: true },
    { prop: 'accountability', label: '败诉责任追究', wide: true, format: accountabilityText },
    { prop: 'assignee', label: '承办人' },
    division,
  ],
  create: {
    title: '登记应诉案件',
    fields: [
      { prop: 'court', label: '法院', required: true, max: 200 },
      { prop: 'courtCaseNo', label: '法院案号', required: true, max: 100, placeholder: '如(2026)湘0105行初1号' },
      { prop: 'instance', label: '审级', kind: 'dict', dict: 'LitigationInstance', required: true },
      { prop: 'courtProcedure', label: '法院适用程序', kind: 'dict', dict: 'LitigationCourtProcedure' },
      { prop: 'plaintiff', label: '原告', required: true, max: 500 },
      { prop: 'defendantAgencies', label: '被告', kind: 'slot', required: true, multiple: true },
      { prop: 'actCategory', label: '被诉行为类别', kind: 'dict', dict: 'ActCategory', required: true },
      { prop: 'registeredOn', label: '立案日期', kind: 'date', placeholder: '填写后计算法院审理期限' },
      { prop: 'relatedReconsiderationId', label: '相关复议案件', kind: 'slot' },
    ],
    initial: () => ({ instance: 'FIRST', courtProcedure: 'ORDINARY', defendantAgencies: [], relatedReconsiderationId: relatedFromAddress() }),
    date: { prop: 'summonsReceivedOn', label: '收到起诉状副本' },
  },
  steps: {
    'defence-filed': {
      title: '提交答辩',
      fields: [
        { prop: 'evidenceFiled', label: '已提交证据', kind: 'switch' },
        { prop: 'normativeDocumentsFiled', label: '已提交规范性文件', kind: 'switch' },
      ],
      initial: () => ({ evidenceFiled: true }),
      date: { prop: 'filedOn', label: '提交日期' },
    },
    'court-extension': {
      title: '法院延长审限',
      fields: [
        { prop: 'months', label: '延长月数', kind: 'number', required: true },
        { prop: 'approvedBy', label: '批准法院', required: true, max: 100 },
      ],
      date: { prop: 'approvedOn', label: '批准日期' },
      body: (m) => ({ ...only(m, ['approvedBy', 'approvedOn']), months: whole(m.months) }),
    },
    'court-procedure-conversion': {
      title: '简易程序转为普通程序',
      fields: [{ prop: 'note', label: '说明', kind: 'textarea', max: 300, placeholder: '法院裁定转为普通程序的理由(可不填)' }],
      date: { prop: 'convertedOn', label: '裁定日期' },
    },
    'hearing-notice': {
      title: '出庭通知书',
      fields: [
        { prop: 'hearingOn', label: '开庭日期', kind: 'date', required: true },
        { prop: 'headRequired', label: '通知负责人出庭', kind: 'switch' },
        { prop: 'note', label: '说明', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'servedOn', label: '送达日期' },
    },
    hearings: {
      title: '开庭出庭',
      fields: [
        { prop: 'appearanceRole', label: '出庭人员身份', kind: 'dict', dict: 'AppearanceRole', required: true },
        { prop: 'appearedName', label: '出庭人员姓名', required: true, max: 100 },
        { prop: 'headSpoke', label: '负责人发言', kind: 'switch' },
        { prop: 'courtRequiredHead', label: '法院通知负责人出庭', kind: 'switch' },
        { prop: 'absenceReason', label: '负责人未出庭理由', kind: 'dict', dict: 'AbsenceReason', placeholder: '工作人员出庭时必填' },
        { prop: 'absenceProofFiled', label: '已提交证明材料', kind: 'switch' },
      ],
      initial: () => ({ appearanceRole: 'DEPUTY_HEAD' }),
      date: { prop: 'heldOn', label: '开庭日期' },
      rules: (m) => ({ absenceReason: requiredWhen('负责人未出庭的理由', m.appearanceRole === 'STAFF') }),
    },
    judgment: {
      title: '判决裁定',
      fields: [
        { prop: 'outcome', label: '裁判结果', kind: 'dict', dict: 'LitigationOutcome', required: true },
        { prop: 'receivedOn', label: '收到文书日期', kind: 'date', placeholder: '默认裁判日期;上诉期自此起算' },
      ],
      date: { prop: 'judgedOn', label: '裁判日期' },
    },
    appeal: {
      title: '上诉',
      fields: [{ prop: 'appellant', label: '上诉方', required: true, max: 100 }],
      date: { prop: 'appealedOn', label: '上诉日期' },
    },
    effective: { title: '裁判生效', date: { prop: 'effectiveOn', label: '生效日期' } },
    performance: {
      title: '履行裁判',
      fields: [{ prop: 'note', label: '履行情况', kind: 'textarea', required: true, max: 500, placeholder: '如:已撤销原处罚决定并重新作出' }],
      date: { prop: 'performedOn', label: '履行日期' },
    },
    accountability: {
      title: '败诉责任追究',
      fields: [
        { prop: 'person', label: '被追责人', required: true, max: 100 },
        { prop: 'position', label: '职务', max: 100 },
        { prop: 'measure', label: '处理方式', kind: 'dict', dict: 'AccountabilityMeasure', required: true },
        { prop: 'note', label: '说明', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'decidedOn', label: '决定日期' },
    },
  },
  links: (r) => (r.relatedReconsiderationId ? [{ label: '查看行政复议案件', to: `/review/reconsiderations/${String(r.relatedReconsiderationId)}` }] : []),
}

export const REVIEW_REGISTRY: RegistryEntry[] = [RECONSIDERATION, LITIGATION]
export const REVIEW_REGISTRY_BY_KEY: Record<string, RegistryEntry> = Object.fromEntries(REVIEW_REGISTRY.map((e) => [e.key, e]))
