import type { FormItemRule } from 'element-plus'
import type { StepDefinition, StepDefinitions } from '@/components/steps'
import { blankToNull, requiredWhen } from '@/components/steps'
import type { RegistryEntry, RegistryField } from '@/features/registry/types'
import { citizenIdValidator } from '@/utils/citizenId'
import { isPhone } from '@/utils/format'

/**
 * The 社区矫正 and 安置帮教 records shown by the shared register pages (features/registry): 调查评估, 社区矫正对象 and
 * 刑满释放人员, with their create forms and the steps their `allowedActions` offer. A subject's sub-records (外出,
 * 电子定位, 执行地变更, 教育学习, 公益活动, 走访, 心理评估) are listed and created on its page (SubjectRecords.vue, `SUB_RECORDS`).
 * Field names are the API's (docs/openapi/correction.json); identity numbers and phones show as the API sends them
 * (masked unless the user may see them).
 */
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const division: RegistryField = { prop: 'divisionCode', label: '行政区划', kind: 'division', width: 140 }
const status = (dict: string): RegistryField => ({ prop: 'status', label: '状态', kind: 'status', width: 110, dict })
const due: RegistryField = { prop: 'nextDueOn', label: '期限', kind: 'deadline', width: 200 }
const person: RegistryField[] = [
  { prop: 'personName', label: '姓名', width: 100 },
  { prop: 'idNumber', label: '身份证号', width: 180 },
]

/** A phone field's rule: a mobile or a landline with its area code, blank allowed. */
export const phoneRule: FormItemRule = {
  trigger: 'blur',
  validator: (_r: unknown, v: string, cb: (e?: Error) => void) => (!v || isPhone(v) ? cb() : cb(new Error('联系电话格式不正确'))),
}
const identityRules = { idNumber: [{ required: true, message: '请填写身份证号', trigger: 'blur' }, { validator: citizenIdValidator, trigger: 'blur' }], phone: [phoneRule] }

/** The person's fields of an intake form (姓名, 身份证号 with its check digit, 电话). */
const personFields: NonNullable<StepDefinition['fields']> = [
  { prop: 'personName', label: '姓名', required: true, max: 50 },
  { prop: 'idNumber', label: '身份证号', kind: 'slot', required: true },
  { prop: 'phone', label: '联系电话', max: 30 },
]

/** The form's flat person fields as the API's `person` object; the rest with blanks as null. */
export function withPerson(model: Record<string, unknown>): Record<string, unknown> {
  const { personName, idNumber, phone, ...rest } = blankToNull(model)
  return { ...rest, person: { name: personName, idNumber, phone } }
}

/** 调查评估意见: 适宜 / 不适宜 as the API's boolean. */
export function opinionBody(model: Record<string, unknown>): Record<string, unknown> {
  const body = blankToNull(model)
  return { ...body, suitable: body.suitable === 'SUITABLE' ? true : body.suitable === 'NOT_SUITABLE' ? false : null }
}

/**
 * 延长调查评估期限: by working days or to a date, one of the two (the server answers `one-of` otherwise); the days as
 * a whole number.
 */
export function extensionBody(model: Record<string, unknown>): Record<string, unknown> {
  const body = blankToNull(model)
  const days = body.workingDays === null || body.workingDays === undefined ? null : Math.trunc(Number(body.workingDays))
  return { ...body, workingDays: body.dueOn ? null : days, dueOn: body.dueOn ?? null }
}

const teamStep = (title: string): StepDefinition => ({
  title,
  fields: [
    { prop: 'members', label: '小组成员', kind: 'textarea', required: true, max: 500, placeholder: '姓名与身份,如:王某(司法所工作人员)、李某(村委会)' },
    { prop: 'includesWoman', label: '有女性成员', kind: 'switch' },
  ],
  date: { prop: 'setUpOn', label: '确定日期' },
})

export const SUBJECT_STEPS: StepDefinitions = {
  'report-in': {
    title: '报到登记',
    fields: [{ prop: 'announcedOn', label: '宣告日期', kind: 'date' }],
    date: { prop: 'reportedOn', label: '报到日期' },
  },
  team: teamStep('确定矫正小组'),
  plan: {
    title: '制定矫正方案',
    fields: [{ prop: 'plan', label: '矫正方案', kind: 'textarea', required: true, max: 2000 }],
    date: { prop: 'setOn', label: '制定日期' },
  },
  'supervision-level': {
    title: '分类管理等级',
    fields: [{ prop: 'level', label: '管理等级', kind: 'dict', dict: 'SupervisionLevel', required: true }],
    initial: () => ({ level: 'NORMAL' }),
    date: { prop: 'setOn', label: '确定日期' },
  },
  'check-ins': {
    title: '报告登记',
    fields: [
      { prop: 'type', label: '报告类型', kind: 'dict', dict: 'CorrectionCheckInType', required: true },
      { prop: 'note', label: '报告情况', kind: 'textarea', max: 500 },
    ],
    initial: () => ({ type: 'REGULAR' }),
    date: { prop: 'checkedInOn', label: '报告日期' },
  },
  measures: {
    title: '奖惩措施',
    fields: [
      { prop: 'measure', label: '措施', kind: 'dict', dict: 'CorrectionMeasure', required: true },
      { prop: 'facts', label: '事实', kind: 'textarea', required: true, max: 2000 },
      { prop: 'evidence', label: '证据', kind: 'textarea', max: 2000 },
    ],
    date: { prop: 'decidedOn', label: '决定日期' },
  },
  'lost-contact': {
    title: '登记脱管',
    fields: [{ prop: 'search', label: '查找措施', kind: 'textarea', required: true, max: 2000 }],
    date: { prop: 'since', label: '脱管起始日' },
  },
  found: {
    title: '找回',
    fields: [{ prop: 'finding', label: '查找结果', kind: 'textarea', required: true, max: 2000 }],
    date: { prop: 'foundOn', label: '找回日期' },
  },
  'revocation-rejected': {
    title: '不予撤销/收监',
    fields: [{ prop: 'reason', label: '理由', kind: 'textarea', required: true, max: 500 }],
    date: { prop: 'decidedOn', label: '决定日期' },
  },
  'discharge-preparation': {
    title: '解矫准备',
    fields: [
      { prop: 'selfSummary', label: '个人总结', kind: 'textarea', required: true, max: 2000 },
      { prop: 'appraisal', label: '鉴定意见', kind: 'textarea', required: true, max: 2000 },
    ],
    date: { prop: 'preparedOn', label: '日期' },
  },
  end: {
    title: '解除/终止矫正',
    fields: [
      { prop: 'type', label: '解除或终止情形', kind: 'dict', dict: 'EndType', required: true },
      { prop: 'terminationGround', label: '撤销或收监理由', kind: 'dict', dict: 'CorrectionTerminationGround', placeholder: '撤销缓刑、假释或收监执行时选择' },
    ],
    date: { prop: 'endedOn', label: '日期' },
    // a revocation or recommitment states its legal ground; other endings send none
    rules: (m) => ({
      terminationGround: requiredWhen('撤销或收监理由', REVOCATIONS.includes(String(m.type))),
    }),
    body: (m) => ({ type: m.type, endedOn: m.endedOn, terminationGround: REVOCATIONS.includes(String(m.type)) ? m.terminationGround : null }),
  },
}

/** The endings that need a legal ground (刑法第七十七条、第八十六条, 刑事诉讼法第二百六十八条). */
const REVOCATIONS = ['TERMINATED_PROBATION_REVOKED', 'TERMINATED_PAROLE_REVOKED', 'TERMINATED_RECOMMITTED']

export const CORRECTION_REGISTRY: RegistryEntry[] = [
  {
    key: 'investigations',
    name: '调查评估',
    menu: '调查评估',
    api: 'investigations',
    statuses: 'CorrectionInvestigationStatus',
    heading: (r) => `${str(r.personName)} ${str(r.commissioningAuthority)}`.trim(),
    defaultSort: 'receivedOn,desc',
    attachmentType: 'correction-investigation',
    notBefore: (r) => str(r.receivedOn) || null,
    columns: [
      ...person,
      { prop: 'commissioningAuthority', label: '委托机关' },
      { prop: 'authorityType', label: '委托机关类别', kind: 'dict', dict: 'CorrectionAuthorityType', width: 120 },
      { prop: 'proposedKind', label: '拟适用', kind: 'dict', dict: 'SubjectKind', width: 110 },
      { prop: 'receivedOn', label: '收到委托', kind: 'date', sortable: true, width: 110 },
      { prop: 'suitable', label: '适宜社区矫正', kind: 'bool', width: 110 },
      status('CorrectionInvestigationStatus'),
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'CorrectionInvestigationStatus' },
      { prop: 'authorityType', label: '委托机关', kind: 'dict', dict: 'CorrectionAuthorityType' },
      { prop: 'overdue', label: '逾期', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '姓名' },
    ],
    fields: [
      { prop: 'personName', label: '被调查评估人' },
      { prop: 'idNumber', label: '身份证号' },
      { prop: 'minor', label: '未成年人', kind: 'bool' },
      { prop: 'commissioningAuthority', label: '委托机关' },
      { prop: 'authorityType', label: '委托机关类别', kind: 'dict', dict: 'CorrectionAuthorityType' },
      { prop: 'proposedKind', label: '拟适用', kind: 'dict', dict: 'SubjectKind' },
      { prop: 'receivedOn', label: '收到委托日期', kind: 'date' },
      { prop: 'expedited', label: '速裁程序', kind: 'bool' },
      { prop: 'residenceChange', label: '迁居调查', kind: 'bool' },
      { prop: 'suitable', label: '适宜社区矫正', kind: 'bool' },
      { prop: 'submittedOn', label: '提交意见日期', kind: 'date' },
      { prop: 'procuratorateCopiedOn', label: '抄送检察院日期', kind: 'date' },
      { prop: 'extendedWorkingDays', label: '已延长工作日' },
      { prop: 'extensionAgreedBy', label: '同意延期' },
      { prop: 'opinion', label: '评估意见', wide: true },
      division,
    ],
    create: {
      title: '受理调查评估委托',
      fields: [
        { prop: 'commissioningAuthority', label: '委托机关', required: true, max: 100 },
        { prop: 'authorityType', label: '委托机关类别', kind: 'dict', dict: 'CorrectionAuthorityType', required: true },
        { prop: 'proposedKind', label: '拟适用', kind: 'dict', dict: 'SubjectKind', required: true },
        ...personFields,
        { prop: 'expedited', label: '速裁程序', kind: 'switch' },
        { prop: 'residenceChange', label: '迁居调查', kind: 'switch' },
      ],
      date: { prop: 'receivedOn', label: '收到委托日期' },
      rules: identityRules,
      body: withPerson,
    },
    steps: {
      opinion: {
        title: '提交评估意见',
        fields: [
          { prop: 'suitable', label: '评估结论', kind: 'slot', required: true },
          { prop: 'opinion', label: '评估意见', kind: 'textarea', max: 2000 },
          { prop: 'procuratorateCopiedOn', label: '抄送检察院日期', kind: 'date' },
        ],
        date: { prop: 'submittedOn', label: '提交日期' },
        body: opinionBody,
      },
      extension: {
        title: '延长评估期限',
        fields: [
          { prop: 'workingDays', label: '延长工作日数', kind: 'number', placeholder: '与“延长至”二选一' },
          { prop: 'dueOn', label: '延长至', kind: 'date', placeholder: '晚于当前期限的工作日' },
          { prop: 'agreedBy', label: '同意延期的委托机关及联系人', required: true, max: 100 },
          { prop: 'reason', label: '延期理由', kind: 'textarea', required: true, max: 500 },
        ],
        date: { prop: 'agreedOn', label: '委托机关同意日期' },
        rules: (m) => ({ workingDays: requiredWhen('延长工作日数或延长至日期', !m.dueOn, false) }),
        body: extensionBody,
      },
    },
  },
  {
    key: 'subjects',
    name: '社区矫正对象',
    menu: '矫正对象',
    api: 'subjects',
    statuses: 'CorrectionSubjectStatus',
    heading: (r) => `${str(r.personName)} ${str(r.kindLabel)}`.trim(),
    defaultSort: 'judgmentEffectiveOn,desc',
    attachmentType: 'correction-subject',
    notBefore: (r) => str(r.reportedOn) || str(r.judgmentEffectiveOn) || null,
    columns: [
      ...person,
      { prop: 'kind', label: '矫正类别', kind: 'dict', dict: 'SubjectKind', width: 110 },
      { prop: 'crime', label: '罪名' },
      { prop: 'supervisionLevel', label: '管理等级', kind: 'dict', dict: 'SupervisionLevel', width: 90 },
      { prop: 'termEnd', label: '矫正期满', kind: 'date', sortable: true, width: 110 },
      status('CorrectionSubjectStatus'),
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'CorrectionSubjectStatus' },
      { prop: 'kind', label: '矫正类别', kind: 'dict', dict: 'SubjectKind' },
      { prop: 'level', label: '管理等级', kind: 'dict', dict: 'SupervisionLevel' },
      { prop: 'overdue', label: '逾期', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '姓名' },
    ],
    fields: [
      { prop: 'personName', label: '姓名' },
      { prop: 'idNumber', label: '身份证号' },
      { prop: 'gender', label: '性别', kind: 'dict', dict: 'CorrectionGender' },
      { prop: 'phone', label: '联系电话' },
      { prop: 'minor', label: '未成年人', kind: 'bool' },
      { prop: 'kind', label: '矫正类别', kind: 'dict', dict: 'SubjectKind' },
      { prop: 'tempOutsideReason', label: '暂予监外执行情形', kind: 'dict', dict: 'TempOutsideReason' },
      { prop: 'crime', label: '罪名' },
      { prop: 'decidingAuthority', label: '决定机关' },
      { prop: 'judgmentEffectiveOn', label: '判决生效日期', kind: 'date' },
      { prop: 'termStart', label: '矫正起始', kind: 'date' },
      { prop: 'termEnd', label: '矫正期满', kind: 'date' },
      { prop: 'reportedOn', label: '报到日期', kind: 'date' },
      { prop: 'announcedOn', label: '宣告日期', kind: 'date' },
      { prop: 'supervisionLevel', label: '管理等级', kind: 'dict', dict: 'SupervisionLevel' },
      { prop: 'lastCheckInOn', label: '最近报告', kind: 'date' },
      { prop: 'team', label: '矫正小组', wide: true },
      { prop: 'plan', label: '矫正方案', wide: true },
      { prop: 'lostContactSince', label: '脱管起始', kind: 'date' },
      { prop: 'dischargePreparedOn', label: '解矫准备', kind: 'date' },
      { prop: 'endType', label: '解除/终止情形', kind: 'dict', dict: 'EndType' },
      { prop: 'terminationGround', label: '撤销或收监理由', kind: 'dict', dict: 'CorrectionTerminationGround' },
      { prop: 'endedOn', label: '解除/终止日期', kind: 'date' },
      { prop: 'transferredOn', label: '变更执行地日期', kind: 'date' },
      division,
    ],
    create: {
      title: '交付接收',
      fields: [
        ...personFields,
        { prop: 'gender', label: '性别', kind: 'dict', dict: 'CorrectionGender', required: true },
        { prop: 'kind', label: '矫正类别', kind: 'dict', dict: 'SubjectKind', required: true },
        { prop: 'tempOutsideReason', label: '暂予监外执行情形', kind: 'dict', dict: 'TempOutsideReason', placeholder: '仅暂予监外执行填写' },
        { prop: 'crime', label: '罪名', required: true, max: 100 },
        { prop: 'decidingAuthority', label: '决定机关', required: true, max: 100 },
        { prop: 'termStart', label: '矫正起始', kind: 'date', required: true },
        { prop: 'termEnd', label: '矫正期满', kind: 'date', required: true },
      ],
      date: { prop: 'judgmentEffectiveOn', label: '判决生效日期' },
      rules: identityRules,
      body: withPerson,
    },
    steps: SUBJECT_STEPS,
    commands: (r): StepDefinitions =>
      r.status === 'DISCHARGED'
        ? {
            'resettlement-handover': {
              title: '衔接安置帮教',
              fields: [{ prop: 'keyPerson', label: '重点帮教对象', kind: 'switch' }],
              date: { prop: 'handedOverOn', label: '衔接日期' },
            },
          }
        : {},
    links: (r) =>
      r.status === 'DISCHARGED' && r.personName ? [{ label: '安置帮教', to: `/correction/released-persons?q=${encodeURIComponent(str(r.personName))}` }] : [],
  },
  {
    key: 'released-persons',
    name: '刑满释放人员',
    menu: '安置帮教',
    api: 'released-persons',
    statuses: 'ReleasedPersonStatus',
    heading: (r) => `${str(r.personName)} ${str(r.originLabel)}`.trim(),
    defaultSort: 'releaseOn,desc',
    attachmentType: 'correction-released-person',
    notBefore: (r) => str(r.pickedUpOn) || str(r.noticeReceivedOn) || null,
    columns: [
      ...person,
      { prop: 'phone', label: '电话', width: 130 },
      { prop: 'prison', label: '释放单位' },
      { prop: 'releaseOn', label: '释放日期', kind: 'date', sortable: true, width: 110 },
      { prop: 'keyPerson', label: '重点帮教', kind: 'bool', width: 90 },
      { prop: 'verified', label: '已核实', kind: 'bool', width: 80 },
      status('ReleasedPersonStatus'),
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'ReleasedPersonStatus' },
      { prop: 'keyPerson', label: '重点帮教', kind: 'bool' },
      { prop: 'verified', label: '已核实', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '姓名' },
    ],
    fields: [
      { prop: 'personName', label: '姓名' },
      { prop: 'idNumber', label: '身份证号' },
      { prop: 'phone', label: '联系电话' },
      { prop: 'minor', label: '未成年人', kind: 'bool' },
      { prop: 'origin', label: '来源', kind: 'dict', dict: 'ReleaseOrigin' },
      { prop: 'prison', label: '释放单位' },
      { prop: 'crime', label: '罪名' },
      { prop: 'noticeReceivedOn', label: '收到通知书', kind: 'date' },
      { prop: 'releaseOn', label: '释放(解矫)日期', kind: 'date' },
      { prop: 'keyPerson', label: '重点帮教对象', kind: 'bool' },
      { prop: 'pickedUpBy', label: '接回人' },
      { prop: 'pickedUpOn', label: '接回日期', kind: 'date' },
      { prop: 'supportStart', label: '帮教期起始', kind: 'date' },
      { prop: 'supportTeam', label: '帮教小组', wide: true },
      { prop: 'verified', label: '基本信息已核实', kind: 'bool' },
      { prop: 'verifiedOn', label: '核实日期', kind: 'date' },
      { prop: 'verificationNote', label: '核实情况', wide: true },
      { prop: 'endedOn', label: '帮教结束', kind: 'date' },
      division,
    ],
    create: {
      title: '登记释放通知书',
      fields: [
        ...personFields,
        { prop: 'prison', label: '释放单位', required: true, max: 100 },
        { prop: 'releaseOn', label: '释放日期', kind: 'date', required: true },
        { prop: 'crime', label: '罪名', max: 100 },
        { prop: 'keyPerson', label: '重点帮教对象', kind: 'switch' },
      ],
      date: { prop: 'noticeReceivedOn', label: '收到通知书日期' },
      rules: identityRules,
      body: withPerson,
    },
    steps: {
      'pick-up': {
        title: '必接必送',
        fields: [{ prop: 'pickedUpBy', label: '接回人', required: true, max: 200 }],
        date: { prop: 'pickedUpOn', label: '接回日期' },
      },
      team: {
        title: '确定帮教小组',
        fields: [{ prop: 'members', label: '帮教小组成员', kind: 'textarea', required: true, max: 500 }],
        date: { prop: 'setUpOn', label: '确定日期' },
      },
      verification: {
        title: '核实基本信息',
        fields: [{ prop: 'note', label: '核实情况', kind: 'textarea', max: 500 }],
        date: { prop: 'verifiedOn', label: '核实日期' },
      },
      end: {
        title: '结束帮教',
        fields: [
          { prop: 'outcome', label: '结果', kind: 'dict', dict: 'ReleasedPersonStatus', required: true },
          { prop: 'note', label: '说明', kind: 'textarea', max: 500 },
        ],
        initial: () => ({ outcome: 'ENDED' }),
        date: { prop: 'endedOn', label: '结束日期' },
      },
    },
    links: (r) => (r.sourceSubjectId ? [{ label: '原社区矫正档案', to: `/correction/subjects/${String(r.sourceSubjectId)}` }] : []),
  },
]

export const CORRECTION_REGISTRY_BY_KEY: Record<string, RegistryEntry> = Object.fromEntries(CORRECTION_REGISTRY.map((e) => [e.key, e]))

/**
 * A subject's sub-records, listed on its page (SubjectRecords.vue): the list and create path under the subject,
 * the create form (offered when the subject's `allowedActions` name the path; If-Match is the subject's version),
 * and the steps of one record (posted to `<path>/<id>/<step>`, or `<path>/<step>` for electronic monitoring, which
 * has one running record; If-Match the record's version).
 */
export interface SubRecord {
  path: string
  title: string
  create: StepDefinition
  steps?: StepDefinitions
  /** Steps go to `<path>/<step>` (the one running record), not `<path>/<id>/<step>`. */
  single?: boolean
  /** The list answers a page (`content` and `page`, newest first) rather than every row. */
  paged?: boolean
  columns: RegistryField[]
  statuses?: string
}

export const SUB_RECORDS: SubRecord[] = [
  {
    path: 'leave-requests',
    title: '外出请假',
    statuses: 'CorrectionLeaveStatus',
    columns: [
      { prop: 'destination', label: '目的地' },
      { prop: 'from', label: '起', kind: 'date', width: 105 },
      { prop: 'to', label: '止', kind: 'date', width: 105 },
      { prop: 'days', label: '天数', width: 60 },
      { prop: 'requiredLevelLabel', label: '应由…审批', width: 170 },
      { prop: 'approver', label: '审批人', width: 90 },
      { prop: 'status', label: '状态', kind: 'status', width: 90 },
      due,
    ],
    create: {
      title: '外出申请',
      fields: [
        { prop: 'destination', label: '目的地', required: true, max: 200 },
        { prop: 'kind', label: '外出类型', kind: 'dict', dict: 'CorrectionLeaveKind', required: true },
        { prop: 'from', label: '外出起始', kind: 'date', required: true },
        { prop: 'to', label: '外出截止', kind: 'date', required: true },
        { prop: 'reason', label: '事由', kind: 'textarea', required: true, max: 500 },
      ],
      initial: () => ({ kind: 'SINGLE' }),
      date: { prop: 'requestedOn', label: '申请日期' },
      rules: (m) => ({
        to: [{ required: true, message: '请选择外出截止', trigger: 'change' }, { trigger: 'change', validator: (_r, v: string, cb) => (v && m.from && v < String(m.from) ? cb(new Error('截止不能早于起始')) : cb()) }],
      }),
    },
    steps: {
      approve: {
        title: '批准外出',
        fields: [
          { prop: 'approverLevel', label: '审批层级', kind: 'dict', dict: 'CorrectionApproverLevel', required: true },
          { prop: 'approver', label: '审批人', required: true, max: 100 },
          { prop: 'comment', label: '意见', kind: 'textarea', max: 500 },
        ],
        date: { prop: 'decidedOn', label: '批准日期' },
      },
      refuse: {
        title: '不予批准',
        fields: [
          { prop: 'approver', label: '审批人', required: true, max: 100 },
          { prop: 'comment', label: '理由', kind: 'textarea', required: true, max: 500 },
        ],
        date: { prop: 'decidedOn', label: '决定日期' },
      },
      return: {
        title: '返回报告',
        fields: [{ prop: 'note', label: '情况', kind: 'textarea', max: 500 }],
        date: { prop: 'returnedOn', label: '返回日期' },
      },
    },
  },
  {
    path: 'electronic-monitoring',
    title: '电子定位',
    statuses: 'CorrectionMonitoringStatus',
    single: true,
    columns: [
      { prop: 'groundLabel', label: '适用情形' },
      { prop: 'from', label: '起', kind: 'date', width: 105 },
      { prop: 'until', label: '止', kind: 'date', width: 105 },
      { prop: 'renewals', label: '延长次数', width: 80 },
      { prop: 'approvedBy', label: '批准人', width: 90 },
      { prop: 'status', label: '状态', kind: 'status', width: 90 },
      due,
    ],
    create: {
      title: '使用电子定位',
      fields: [
        { prop: 'ground', label: '适用情形', kind: 'dict', dict: 'CorrectionMonitoringGround', required: true },
        { prop: 'facts', label: '事实', kind: 'textarea', required: true, max: 2000 },
        { prop: 'assessment', label: '评估意见', kind: 'textarea', required: true, max: 2000 },
        { prop: 'approvedBy', label: '批准人', required: true, max: 100 },
        { prop: 'from', label: '起始', kind: 'date' },
        { prop: 'until', label: '截止(不超过3个月)', kind: 'date', required: true },
        { prop: 'deviceNo', label: '装置编号', max: 50 },
        { prop: 'permittedArea', label: '活动区域', max: 500 },
      ],
      date: { prop: 'approvedOn', label: '批准日期' },
    },
    steps: {
      renew: {
        title: '延长',
        fields: [
          { prop: 'until', label: '延长至(不超过3个月)', kind: 'date', required: true },
          { prop: 'assessment', label: '重新评估意见', kind: 'textarea', required: true, max: 2000 },
          { prop: 'approvedBy', label: '批准人', required: true, max: 100 },
        ],
        date: { prop: 'renewedOn', label: '批准日期' },
      },
      end: {
        title: '解除',
        fields: [{ prop: 'reason', label: '解除理由', kind: 'textarea', required: true, max: 500 }],
        date: { prop: 'endedOn', label: '解除日期' },
      },
    },
  },
  {
    path: 'transfer',
    title: '执行地变更',
    statuses: 'CorrectionTransferStatus',
    columns: [
      { prop: 'newAgency', label: '新执行地社区矫正机构' },
      { prop: 'newResidence', label: '新居住地' },
      { prop: 'plannedMoveOn', label: '拟迁居', kind: 'date', width: 105 },
      { prop: 'appliedOn', label: '申请日期', kind: 'date', width: 105 },
      { prop: 'status', label: '状态', kind: 'status', width: 100 },
      due,
    ],
    create: {
      title: '申请变更执行地',
      fields: [
        { prop: 'newAgency', label: '新执行地机构', required: true, max: 100 },
        { prop: 'newDivisionCode', label: '新执行地区划', kind: 'slot', required: true },
        { prop: 'newResidence', label: '新居住地', required: true, max: 200 },
        { prop: 'plannedMoveOn', label: '拟迁居日期', kind: 'date', required: true },
        { prop: 'reason', label: '理由', kind: 'textarea', required: true, max: 500 },
      ],
      date: { prop: 'appliedOn', label: '申请日期' },
    },
    steps: {
      consult: { title: '征求意见', date: { prop: 'on', label: '发函日期' } },
      reply: {
        title: '登记反馈',
        fields: [
          { prop: 'agreed', label: '新执行地同意', kind: 'switch' },
          { prop: 'comment', label: '反馈意见', kind: 'textarea', max: 500 },
        ],
        date: { prop: 'on', label: '反馈日期' },
      },
      decision: {
        title: '作出决定',
        fields: [
          { prop: 'approved', label: '同意变更', kind: 'switch' },
          { prop: 'comment', label: '说明', kind: 'textarea', max: 500 },
        ],
        date: { prop: 'on', label: '决定日期' },
      },
      'files-sent': { title: '移交档案', date: { prop: 'on', label: '移交日期' } },
      reported: { title: '已到新执行地报到', date: { prop: 'on', label: '报到日期' } },
    },
  },
  {
    path: 'education-records',
    title: '教育学习',
    columns: [
      { prop: 'heldOn', label: '日期', kind: 'date', width: 105 },
      { prop: 'activityType', label: '类型', kind: 'dict', dict: 'CorrectionEducationType', width: 120 },
      { prop: 'topic', label: '内容' },
      { prop: 'place', label: '地点', width: 140 },
      { prop: 'hours', label: '小时', width: 70 },
    ],
    create: {
      title: '登记教育学习',
      fields: [
        { prop: 'type', label: '类型', kind: 'dict', dict: 'CorrectionEducationType', required: true },
        { prop: 'topic', label: '内容', required: true, max: 200 },
        { prop: 'place', label: '地点', max: 200 },
        { prop: 'hours', label: '小时', kind: 'number', required: true },
      ],
      date: { prop: 'heldOn', label: '日期' },
    },
  },
  {
    path: 'community-service',
    title: '公益活动',
    columns: [
      { prop: 'heldOn', label: '日期', kind: 'date', width: 105 },
      { prop: 'topic', label: '内容' },
      { prop: 'place', label: '地点', width: 140 },
      { prop: 'hours', label: '小时', width: 70 },
    ],
    create: {
      title: '登记公益活动',
      fields: [
        { prop: 'content', label: '内容', required: true, max: 200 },
        { prop: 'place', label: '地点', max: 200 },
        { prop: 'hours', label: '小时', kind: 'number', required: true },
      ],
      date: { prop: 'servedOn', label: '日期' },
    },
  },
  {
    path: 'home-visits',
    title: '走访记录',
    paged: true,
    columns: [
      { prop: 'visitedOn', label: '走访日期', kind: 'date', width: 105 },
      { prop: 'placeLabel', label: '地点', width: 90 },
      { prop: 'visitor', label: '走访人', width: 110 },
      { prop: 'findings', label: '走访情况' },
      { prop: 'followUp', label: '后续措施', width: 180 },
      { prop: 'createdBy', label: '登记人', width: 110 },
    ],
    create: {
      title: '登记走访',
      fields: [
        { prop: 'place', label: '走访地点', kind: 'dict', dict: 'CorrectionVisitPlace', required: true },
        { prop: 'visitor', label: '走访人', required: true, max: 100 },
        { prop: 'findings', label: '走访情况', kind: 'textarea', required: true, max: 1000 },
        { prop: 'followUp', label: '后续措施', kind: 'textarea', max: 500 },
      ],
      initial: () => ({ place: 'HOME' }),
      date: { prop: 'visitedOn', label: '走访日期' },
    },
  },
  {
    path: 'psychological-assessments',
    title: '心理评估',
    paged: true,
    columns: [
      { prop: 'assessedOn', label: '评估日期', kind: 'date', width: 105 },
      { prop: 'instrument', label: '评估工具', width: 110 },
      { prop: 'riskLevelLabel', label: '风险等级', width: 80 },
      { prop: 'assessor', label: '评估人', width: 110 },
      { prop: 'conclusion', label: '评估结论' },
      { prop: 'recommendation', label: '建议', width: 180 },
    ],
    create: {
      title: '登记心理评估',
      fields: [
        { prop: 'instrument', label: '评估工具', required: true, max: 100, placeholder: '如 SCL-90' },
        { prop: 'riskLevel', label: '风险等级', kind: 'dict', dict: 'CorrectionPsychRiskLevel', required: true },
        { prop: 'assessor', label: '评估人', required: true, max: 100 },
        { prop: 'conclusion', label: '评估结论', kind: 'textarea', required: true, max: 1000 },
        { prop: 'recommendation', label: '建议', kind: 'textarea', max: 500 },
      ],
      date: { prop: 'assessedOn', label: '评估日期' },
    },
  },
]

/** The approval form starts at the level the service computed (7 日以内司法所, 超过7日县级, 超过30日上一级). */
export function approveStep(leave: Record<string, unknown>): StepDefinition {
  const step = SUB_RECORDS[0]!.steps!.approve!
  return { ...step, initial: () => ({ approverLevel: leave.requiredLevel ?? null }) }
}
