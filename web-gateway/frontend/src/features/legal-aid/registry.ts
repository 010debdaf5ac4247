import type { FormItemRule } from 'element-plus'
import type { StepDefinition, StepDefinitions } from '@/components/steps'
import { blankToNull, stepDateRule } from '@/components/steps'
import type { RegistryEntry, RegistryField } from '@/features/registry/types'
import { citizenIdValidator } from '@/utils/citizenId'
import { isPhone } from '@/utils/format'

/**
 * The 法律援助 records shown by the shared list and detail pages (features/registry): 援助申请 and their review, 援助案件
 * (依申请、先行提供、通知辩护/代理) from assignment to follow-up, the 法律援助人员 roster, 值班律师 services and 法律咨询.
 * Field names are the API's (docs/openapi/legal-aid.json), so the server's field errors land beside them.
 */
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const division: RegistryField = { prop: 'divisionCode', label: '行政区划', kind: 'division', width: 140 }
const status = (dict: string): RegistryField => ({ prop: 'status', label: '状态', kind: 'status', width: 110, dict })
const due: RegistryField = { prop: 'nextDueOn', label: '期限', kind: 'deadline', sortable: true, width: 200 }
const category: RegistryField = { prop: 'category', label: '案件类别', kind: 'dict', dict: 'LegalAidCategory', width: 100 }
const matter: RegistryField = { prop: 'matter', label: '援助事项', kind: 'dict', dict: 'LegalAidMatter', width: 150 }

/** The latest of a record's step dates: a new step may not be dated before it. */
export function latest(r: Record<string, unknown>, props: string[]): string | null {
  return props.map((p) => str(r[p]).slice(0, 10)).filter(Boolean).sort().at(-1) ?? null
}

/** Several names typed in one box ("甲、乙;丙"), as a list without blanks. */
export function splitList(value: unknown): string[] {
  return String(value ?? '')
    .split(/[、,,;;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

const phoneRule: FormItemRule = {
  trigger: 'blur',
  validator: (_r, v: string, cb) => (v && !isPhone(v) ? cb(new Error('请填写手机号码或带区号的固定电话')) : cb()),
}

const providerFields: NonNullable<StepDefinition['fields']> = [
  { prop: 'name', label: '姓名', required: true, max: 100 },
  { prop: 'kind', label: '类别', kind: 'dict', dict: 'LegalAidProviderKind', required: true },
  { prop: 'firm', label: '执业机构', max: 200, placeholder: '律师事务所或基层法律服务所' },
  { prop: 'licenceNo', label: '执业证号', max: 60 },
  { prop: 'phone', label: '联系电话', max: 30 },
  { prop: 'criminalPracticeSince', label: '从事刑辩起始', kind: 'date' },
]

const idRule: FormItemRule = { trigger: 'blur', validator: citizenIdValidator }

/** The POST /applications body: the applicant and opponents as the API nests them, lists from the typed names. */
export function applicationBody(m: Record<string, unknown>) {
  const { applicantName, applicantIdNumber, applicantPhone, opponentNames, missingMaterials, detained, detentionPlace, ...rest } = blankToNull(m)
  return {
    ...rest,
    applicant: { name: applicantName, idNumber: applicantIdNumber, phone: applicantPhone },
    opponents: splitList(opponentNames).map((name) => ({ name })),
    missingMaterials: splitList(missingMaterials),
    detained: !!detained,
    detentionPlace: detained ? detentionPlace : null,
  }
}

/** The registration an application is received with and corrected in (修改登记信息): the applicant and the matter. */
const applicationFields: NonNullable<StepDefinition['fields']> = [
  { prop: 'applicantName', label: '申请人', required: true, max: 100 },
  { prop: 'applicantIdNumber', label: '身份证号码', kind: 'slot', required: true },
  { prop: 'applicantPhone', label: '联系电话', max: 20 },
  { prop: 'category', label: '案件类别', kind: 'dict', dict: 'LegalAidCategory', required: true },
  { prop: 'matter', label: '援助事项', kind: 'dict', dict: 'LegalAidMatter', required: true },
  { prop: 'aidForm', label: '援助形式', kind: 'dict', dict: 'AidForm', required: true },
  { prop: 'channel', label: '申请渠道', kind: 'dict', dict: 'LegalAidChannel', required: true },
  { prop: 'economicStatus', label: '经济困难状况', kind: 'dict', dict: 'LegalAidEconomicStatus', required: true },
  { prop: 'specialGroups', label: '特殊群体', kind: 'dict', dict: 'LegalAidSpecialGroup', multiple: true },
]

/** The summary, the opponents (conflict check) and what is still missing (容缺受理), typed as text. */
const applicationNotes: NonNullable<StepDefinition['fields']> = [
  { prop: 'summary', label: '案情摘要', kind: 'textarea', required: true, max: 2000 },
  { prop: 'opponentNames', label: '对方当事人', max: 500, placeholder: '用于利益冲突审查,多个以“、”分隔' },
  { prop: 'missingMaterials', label: '容缺受理', max: 500, placeholder: '暂缺、事后补交的材料,多项以“、”分隔' },
]

/**
 * The PUT /applications/{id} body (修改登记信息): the create form's fields without the division and the detention
 * switch; what the form does not show (address, agent) is sent back as the record has it, and an opponent typed
 * again under the same name keeps its ID number.
 */
export function applicationEditBody(r: Record<string, unknown>) {
  const applicant = (r.applicant ?? {}) as Record<string, unknown>
  const known = new Map(((r.opponents ?? []) as { name: string; idNumber?: string | null }[]).map((o) => [o.name, o.idNumber ?? null]))
  return (m: Record<string, unknown>) => {
    const { applicantName, applicantIdNumber, applicantPhone, opponentNames, missingMaterials, detentionPlace, ...rest } = blankToNull(m)
    return {
      ...rest,
      applicant: {
        name: applicantName, idNumber: applicantIdNumber, phone: applicantPhone,
        address: applicant.address ?? null, agentName: applicant.agentName ?? null, agentRelation: applicant.agentRelation ?? null,
      },
      opponents: splitList(opponentNames).map((name) => ({ name, idNumber: known.get(name) ?? null })),
      missingMaterials: splitList(missingMaterials),
      detentionPlace: r.detained ? detentionPlace : null,
    }
  }
}

/** 修改登记信息, offered while the server says the application is editable (under review or waiting for papers). */
function applicationEdit(r: Record<string, unknown>): StepDefinition | null {
  if (r.editable !== true) return null
  const applicant = (r.applicant ?? {}) as Record<string, unknown>
  return {
    title: '修改登记信息',
    fields: [
      ...applicationFields,
      { prop: 'receivedOn', label: '收到申请日期', kind: 'date', required: true },
      ...applicationNotes,
      ...(r.detained ? [{ prop: 'detentionPlace', label: '羁押场所', required: true, max: 200 }] : []),
    ],
    initial: () => ({
      applicantName: str(applicant.name), applicantIdNumber: str(applicant.idNumber), applicantPhone: str(applicant.phone),
      category: r.category, matter: r.matter, aidForm: r.aidForm, channel: r.channel, economicStatus: r.economicStatus,
      specialGroups: [...((r.specialGroups ?? []) as string[])], receivedOn: str(r.receivedOn), summary: str(r.summary),
      opponentNames: ((r.opponents ?? []) as { name: string }[]).map((o) => o.name).join('、'),
      missingMaterials: str(r.missingMaterials), detentionPlace: str(r.detentionPlace),
    }),
    rules: {
      applicantIdNumber: [{ required: true, message: '请填写身份证号码', trigger: 'blur' }, idRule],
      applicantPhone: [phoneRule],
      receivedOn: [stepDateRule(null)],
    },
    body: applicationEditBody(r),
  }
}

/** The POST /notifications body: the suspect nested, the victims as opponents for the conflict check. */
export function notificationBody(m: Record<string, unknown>) {
  const { suspectName, suspectIdNumber, opponentNames, ...rest } = blankToNull(m)
  return { ...rest, suspect: { name: suspectName, idNumber: suspectIdNumber }, opponents: splitList(opponentNames).map((name) => ({ name })) }
}

/** What the conflict-check panel keeps in the assign form: the confirmation and how many findings it showed. */
export interface ConflictConfirmation {
  confirmed: boolean
  note: string
  findings: number | null
}

/** The POST /cases/{id}/assign body: the confirmation only when the check found something. */
export function assignBody(m: Record<string, unknown>) {
  const cc = m.conflictCheck as ConflictConfirmation | '' | null
  const { conflictCheck: _c, ...rest } = blankToNull(m)
  const found = !!cc && (cc.findings ?? 0) > 0
  return { ...rest, chosenByApplicant: !!m.chosenByApplicant, conflictCheck: found ? { confirmed: cc.confirmed, note: cc.note.trim() || null } : null }
}

/** Closing documents as the API takes them: rows without a name left out. */
export function documentsBody(documents: unknown): { type: string; name: string }[] {
  return (Array.isArray(documents) ? (documents as { type: string | null; name: string }[]) : [])
    .filter((d) => d.type && d.name?.trim())
    .map((d) => ({ type: d.type!, name: d.name.trim() }))
}

/** An objection to a refusal or a termination (Art 49) and the 司法行政部门's decision on it: the same two forms. */
function objectionSteps(of: '' | '终止'): Record<'objection' | 'objection-decision', StepDefinition> {
  return {
    objection: {
      title: `登记${of}异议`,
      fields: [{ prop: 'reason', label: '异议理由', kind: 'textarea', required: true, max: 2000 }],
      date: { prop: 'filedOn', label: '收到异议日期' },
    },
    'objection-decision': {
      title: `${of}异议审查决定`,
      fields: [
        { prop: 'result', label: '决定', kind: 'dict', dict: 'LegalAidObjectionResult', required: true },
        { prop: 'reason', label: '理由', kind: 'textarea', max: 2000 },
      ],
      date: { prop: 'decidedOn', label: '决定日期' },
    },
  }
}

const applicationSteps = {
  forwarded: {
    title: '登记转交',
    fields: [],
    date: { prop: 'forwardedOn', label: '转交日期' },
  },
  'supplement-request': {
    title: '告知补充材料',
    fields: [{ prop: 'materials', label: '需补充的材料', kind: 'textarea', required: true, max: 1000, placeholder: '一次性告知全部材料,多项以“、”分隔' }],
    date: { prop: 'requestedOn', label: '告知日期' },
    body: (m) => ({ requestedOn: m.requestedOn, materials: splitList(m.materials) }),
  },
  'materials-supplied': {
    title: '材料已补齐',
    fields: [],
    date: { prop: 'suppliedOn', label: '补齐日期' },
  },
  'deem-withdrawn': {
    title: '视为撤回',
    fields: [],
    date: { prop: 'withdrawnOn', label: '日期' },
  },
  'pre-provision': {
    title: '先行提供法律援助',
    fields: [{ prop: 'ground', label: '情形', kind: 'dict', dict: 'LegalAidPreProvisionGround', required: true }],
    date: { prop: 'providedOn', label: '决定日期' },
  },
  decision: {
    title: '审查决定',
    fields: [
      { prop: 'granted', label: '给予法律援助', kind: 'switch' },
      { prop: 'reason', label: '理由', kind: 'textarea', max: 2000, placeholder: '不予法律援助时必填' },
    ],
    initial: () => ({ granted: true }),
    rules: (m) => ({
      reason: [{ trigger: 'blur', validator: (_r, v: string, cb) => (!m.granted && !v?.trim() ? cb(new Error('不予法律援助须说明理由')) : cb()) }],
    }),
    date: { prop: 'decidedOn', label: '决定日期' },
  },
  ...objectionSteps(''),
} satisfies Record<string, StepDefinition>

const caseSteps = {
  assign: {
    title: '指派',
    fields: [
      { prop: 'providerId', label: '法律援助人员', kind: 'slot', required: true },
      { prop: 'chosenByApplicant', label: '受援人选择(点援制)', kind: 'switch' },
      { prop: 'conflictCheck', label: '利益冲突审查', kind: 'slot' },
    ],
    initial: () => ({ conflictCheck: { confirmed: false, note: '', findings: null } satisfies ConflictConfirmation }),
    rules: (m) => ({
      conflictCheck: [
        {
          trigger: 'change',
          validator: (_r, v: ConflictConfirmation | null, cb) =>
            m.providerId && v && v.findings == null
              ? cb(new Error('正在进行利益冲突审查'))
              : v && (v.findings ?? 0) > 0 && !v.confirmed
                ? cb(new Error('发现利益冲突线索:核实后勾选确认,或改派其他人员'))
                : cb(),
        },
      ],
    }),
    date: { prop: 'assignedOn', label: '指派日期' },
    body: assignBody,
  },
  'inform-notifier': {
    title: '告知通知机关',
    fields: [],
    date: { prop: 'informedOn', label: '告知日期' },
  },
  'service-records': {
    title: '登记服务记录',
    fields: [
      { prop: 'kind', label: '类型', kind: 'dict', dict: 'LegalAidServiceKind', required: true },
      { prop: 'content', label: '内容', kind: 'textarea', required: true, max: 2000 },
    ],
    date: { prop: 'servedOn', label: '日期' },
  },
  terminate: {
    title: '终止法律援助',
    fields: [
      { prop: 'ground', label: '终止情形', kind: 'dict', dict: 'TerminationReason', required: true },
      { prop: 'reason', label: '说明', kind: 'textarea', max: 2000 },
    ],
    date: { prop: 'terminatedOn', label: '终止日期' },
  },
  ...objectionSteps('终止'),
  close: {
    title: '结案',
    fields: [
      { prop: 'result', label: '办理结果', kind: 'textarea', required: true, max: 2000 },
      { prop: 'recoveredAmount', label: '挽回损失(元)', kind: 'number' },
      { prop: 'documents', label: '结案材料', kind: 'slot' },
    ],
    initial: () => ({ documents: [{ type: 'CLOSING_REPORT', name: '法律援助案件结案报告' }] }),
    date: { prop: 'closedOn', label: '结案日期' },
    body: (m) => ({ ...blankToNull(m), documents: documentsBody(m.documents) }),
  },
  'quality-review': {
    title: '案卷质量评查',
    fields: [
      { prop: 'score', label: '评查得分', kind: 'number', required: true },
      { prop: 'comment', label: '评查意见', kind: 'textarea', max: 2000 },
    ],
    rules: { score: [{ trigger: 'change', validator: (_r, v: number | null, cb) => (v != null && (v < 0 || v > 100) ? cb(new Error('得分为0–100')) : cb()) }] },
    date: { prop: 'reviewedOn', label: '评查日期' },
    body: (m) => ({ ...blankToNull(m), score: m.score == null ? null : Math.round(Number(m.score)) }),
  },
  'follow-up': {
    title: '回访',
    fields: [
      { prop: 'satisfaction', label: '满意度', kind: 'dict', dict: 'LegalAidSatisfaction', required: true },
      { prop: 'comment', label: '回访记录', kind: 'textarea', max: 2000 },
    ],
    date: { prop: 'followedUpOn', label: '回访日期' },
  },
} satisfies Record<string, StepDefinition>

const serviceRecordRows: RegistryField[] = [
  { prop: 'servedOn', label: '日期', kind: 'date', width: 110 },
  { prop: 'kind', label: '类型', kind: 'dict', dict: 'LegalAidServiceKind', width: 110 },
  { prop: 'content', label: '内容' },
]

/** 办案补贴标准 amount: yuan, above 0, at most 100,000, two decimals at most (as the server checks it). */
export function subsidyAmountError(value: unknown): string | null {
  if (value == null || value === '') return null
  const text = String(value).trim()
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return '金额以元为单位,至多两位小数'
  const n = Number(text)
  if (n <= 0) return '补贴金额须大于 0'
  if (n > 100000) return '补贴金额不能超过 100000 元'
  return null
}

const subsidyFields: NonNullable<StepDefinition['fields']> = [
  { prop: 'aidForm', label: '援助形式', kind: 'dict', dict: 'AidForm', required: true },
  { prop: 'category', label: '案件类别', kind: 'dict', dict: 'LegalAidCategory', placeholder: '不选为不分类别' },
  { prop: 'amount', label: '每案补贴(元)', required: true, placeholder: '如 2500 或 2500.50' },
  { prop: 'label', label: '标准名称', required: true, max: 300, placeholder: '文件名称及条目,如 湖南省法律援助补贴标准:民事诉讼代理' },
]
const subsidyAmountRule: FormItemRule = {
  trigger: 'blur',
  validator: (_r, v: unknown, cb) => {
    const e = subsidyAmountError(v)
    return e ? cb(new Error(e)) : cb()
  },
}
const subsidyRules = { amount: [subsidyAmountRule] }
/** The POST/PUT /subsidy-standards body: the amount as a number, no category for "any". */
export function subsidyBody(m: Record<string, unknown>) {
  const b = blankToNull(m)
  return { ...b, category: b.category ?? null, amount: b.amount == null ? null : Number(b.amount) }
}

/**
 * 办案补贴标准 (la_subsidy_standard): the platform defaults and the province's rows in one list, each with its order of
 * precedence and the categories it actually pays in the user's province; only the province's legal-aid writers get
 * 新增 (`mayCreate`) and 修改 / 废止 (`mayEdit` of the row), county and city offices read.
 */
const SUBSIDY_STANDARDS: RegistryEntry = {
  key: 'subsidy-standards',
  name: '办案补贴标准',
  menu: '办案补贴标准',
  api: 'subsidy-standards',
  heading: (r) => `${str(r.provinceName)} ${str(r.aidFormLabel)} ${str(r.categoryLabel)}`,
  unpaged: true,
  creatable: (answer) => answer.mayCreate === true,
  note: (answer) =>
    `${answer.provinceName ? `${str(answer.provinceName)}:` : ''}结案时按优先顺序取第一条现行标准:本省·本类别 > 本省·不分类别 > 平台默认·本类别 > 平台默认·不分类别。修改标准不影响已结案件的补贴金额。`,
  writable: (r) => r.mayEdit === true,
  columns: [
    { prop: 'provinceName', label: '所属', width: 100 },
    { prop: 'aidForm', label: '援助形式', kind: 'dict', dict: 'AidForm', width: 220 },
    { prop: 'categoryLabel', label: '案件类别', width: 100 },
    { prop: 'amount', label: '每案补贴(元)', kind: 'amount', width: 120 },
    { prop: 'precedenceLabel', label: '优先顺序', width: 140 },
    { prop: 'appliesToLabel', label: '实际适用', width: 220 },
    { prop: 'label', label: '标准名称' },
    { prop: 'retiredOn', label: '废止日期', kind: 'date', width: 110 },
  ],
  filters: [],
  fields: [
    { prop: 'provinceName', label: '所属' },
    { prop: 'aidForm', label: '援助形式', kind: 'dict', dict: 'AidForm' },
    { prop: 'categoryLabel', label: '案件类别' },
    { prop: 'amount', label: '每案补贴(元)', kind: 'amount' },
    { prop: 'precedenceLabel', label: '优先顺序' },
    { prop: 'appliesToLabel', label: '实际适用' },
    { prop: 'label', label: '标准名称', wide: true },
    { prop: 'retiredOn', label: '废止日期', kind: 'date' },
    { prop: 'updatedBy', label: '最后修改人' },
    { prop: 'updatedAt', label: '最后修改时间', kind: 'date' },
  ],
  create: {
    title: '新增本省标准',
    fields: subsidyFields,
    rules: subsidyRules,
    body: subsidyBody,
  },
  edit: (r) => ({
    title: '修改补贴标准',
    fields: subsidyFields,
    rules: subsidyRules,
    initial: () => ({ aidForm: r.aidForm, category: r.category ?? null, amount: r.amount == null ? '' : String(r.amount), label: str(r.label) }),
    body: subsidyBody,
  }),
  commands: (r): StepDefinitions => (r.retiredOn ? {} : { retire: { title: '废止', fields: [], date: { prop: 'retiredOn', label: '废止日期' } } }),
}

export const LEGAL_AID_REGISTRY: RegistryEntry[] = [
  {
    key: 'applications',
    name: '法律援助申请',
    menu: '援助申请',
    api: 'applications',
    statuses: 'LegalAidApplicationStatus',
    heading: (r) => `${str(r.applicationNo)} ${str((r.applicant as Record<string, unknown> | null)?.name ?? r.applicantName)}`.trim(),
    defaultSort: 'receivedOn,desc',
    attachmentType: 'legal-aid-application',
    notBefore: (r) => latest(r, ['receivedOn', 'forwardedOn', 'supplementRequestedOn', 'materialsSuppliedOn', 'preProvidedOn', 'decidedOn', 'objectionFiledOn', 'objectionDecidedOn']),
    columns: [
      { prop: 'applicationNo', label: '申请编号', sortable: true, width: 170 },
      { prop: 'applicantName', label: '申请人', width: 100 },
      { prop: 'applicantIdNumber', label: '身份证号码', width: 170 },
      category,
      matter,
      { prop: 'receivedOn', label: '收到日期', kind: 'date', sortable: true, width: 110 },
      status('LegalAidApplicationStatus'),
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'LegalAidApplicationStatus' },
      { prop: 'category', label: '类别', kind: 'dict', dict: 'LegalAidCategory' },
      { prop: 'channel', label: '渠道', kind: 'dict', dict: 'LegalAidChannel' },
      { prop: 'overdue', label: '已逾期', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '编号、申请人' },
    ],
    fields: [
      { prop: 'applicant', label: '申请人', kind: 'rows', wide: true, rows: [
        { prop: 'name', label: '姓名', width: 100 },
        { prop: 'idNumber', label: '身份证号码', width: 180 },
        { prop: 'phone', label: '联系电话', width: 130 },
        { prop: 'address', label: '住址' },
        { prop: 'agentName', label: '代为申请人', width: 100 },
      ] },
      { prop: 'category', label: '案件类别', kind: 'dict', dict: 'LegalAidCategory' },
      { prop: 'matter', label: '援助事项', kind: 'dict', dict: 'LegalAidMatter' },
      { prop: 'aidForm', label: '援助形式', kind: 'dict', dict: 'AidForm' },
      { prop: 'channel', label: '申请渠道', kind: 'dict', dict: 'LegalAidChannel' },
      { prop: 'economicStatus', label: '经济困难状况', kind: 'dict', dict: 'LegalAidEconomicStatus' },
      { prop: 'specialGroups', label: '特殊群体', kind: 'dict', dict: 'LegalAidSpecialGroup' },
      { prop: 'receivedOn', label: '收到申请日期', kind: 'date' },
      { prop: 'detentionPlace', label: '羁押场所(在押人员申请)' },
      { prop: 'forwardedOn', label: '转交日期', kind: 'date' },
      { prop: 'summary', label: '案情摘要', wide: true },
      { prop: 'opponents', label: '对方当事人', kind: 'parties', wide: true },
      { prop: 'missingMaterials', label: '容缺受理暂缺材料', wide: true },
      { prop: 'requestedMaterials', label: '需补充的材料', wide: true },
      { prop: 'supplementRequestedOn', label: '告知补充日期', kind: 'date' },
      { prop: 'materialsSuppliedOn', label: '材料补齐日期', kind: 'date' },
      { prop: 'preProvisionGround', label: '先行提供情形', kind: 'dict', dict: 'LegalAidPreProvisionGround' },
      { prop: 'preProvidedOn', label: '先行提供日期', kind: 'date' },
      { prop: 'granted', label: '给予法律援助', kind: 'bool' },
      { prop: 'decidedOn', label: '决定日期', kind: 'date' },
      { prop: 'decisionReason', label: '决定理由', wide: true },
      { prop: 'objectionFiledOn', label: '收到异议日期', kind: 'date' },
      { prop: 'objectionResult', label: '异议审查决定', kind: 'dict', dict: 'LegalAidObjectionResult' },
      { prop: 'objectionReason', label: '异议理由', wide: true },
      { prop: 'withdrawnOn', label: '视为撤回日期', kind: 'date' },
      { prop: 'handler', label: '承办工作人员' },
      division,
    ],
    create: {
      title: '受理申请',
      fields: [
        ...applicationFields,
        ...applicationNotes,
        { prop: 'detained', label: '在押人员申请', kind: 'switch' },
        { prop: 'detentionPlace', label: '羁押场所', max: 200, placeholder: '在押人员申请时填写' },
      ],
      initial: () => ({ channel: 'WINDOW', economicStatus: 'COMMITMENT' }),
      rules: (m) => ({
        applicantIdNumber: [{ required: true, message: '请填写身份证号码', trigger: 'blur' }, idRule],
        applicantPhone: [phoneRule],
        detentionPlace: [{ trigger: 'blur', validator: (_r, v: string, cb) => (m.detained && !v?.trim() ? cb(new Error('在押人员申请须填写羁押场所')) : cb()) }],
      }),
      date: { prop: 'receivedOn', label: '收到申请日期' },
      body: applicationBody,
    },
    edit: applicationEdit,
    actionLabels: { edit: '修改登记信息' },
    steps: applicationSteps,
    links: (r) => (r.caseId ? [{ label: '查看援助案件', to: `/legal-aid/cases/${String(r.caseId)}` }] : []),
  },
  {
    key: 'cases',
    name: '法律援助案件',
    menu: '援助案件',
    api: 'cases',
    createApi: 'notifications',
    statuses: 'LegalAidCaseStatus',
    heading: (r) => `${str(r.caseNo)} ${str(r.clientName)}`.trim(),
    defaultSort: 'openedOn,desc',
    attachmentType: 'legal-aid-case',
    notBefore: (r) =>
      latest(r, ['openedOn', 'assignedOn', 'notifierInformedOn', 'terminatedOn', 'terminationObjectionFiledOn', 'terminationObjectionDecidedOn', 'closedOn', 'qualityReviewedOn', 'followedUpOn']),
    columns: [
      { prop: 'caseNo', label: '案号', sortable: true, width: 180 },
      { prop: 'clientName', label: '受援人', width: 100 },
      { prop: 'source', label: '来源', kind: 'dict', dict: 'LegalAidCaseSource', width: 110 },
      category,
      matter,
      { prop: 'providerName', label: '法律援助人员', width: 110 },
      { prop: 'openedOn', label: '立案日期', kind: 'date', sortable: true, width: 110 },
      status('LegalAidCaseStatus'),
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'LegalAidCaseStatus' },
      { prop: 'source', label: '来源', kind: 'dict', dict: 'LegalAidCaseSource' },
      { prop: 'category', label: '类别', kind: 'dict', dict: 'LegalAidCategory' },
      { prop: 'overdue', label: '已逾期', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '案号、受援人' },
      { prop: 'providerId', label: '法律援助人员', kind: 'hidden' },
      { prop: 'notificationGround', label: '通知情形', kind: 'hidden' },
    ],
    fields: [
      { prop: 'clientName', label: '受援人' },
      { prop: 'clientIdNumber', label: '身份证号码' },
      { prop: 'clientPhone', label: '联系电话' },
      { prop: 'source', label: '来源', kind: 'dict', dict: 'LegalAidCaseSource' },
      { prop: 'category', label: '案件类别', kind: 'dict', dict: 'LegalAidCategory' },
      { prop: 'matter', label: '援助事项', kind: 'dict', dict: 'LegalAidMatter' },
      { prop: 'aidForm', label: '援助形式', kind: 'dict', dict: 'AidForm' },
      { prop: 'specialGroups', label: '特殊群体', kind: 'dict', dict: 'LegalAidSpecialGroup' },
      { prop: 'notifier', label: '通知机关', kind: 'dict', dict: 'LegalAidNotifier' },
      { prop: 'notifierName', label: '通知机关名称' },
      { prop: 'notificationGround', label: '通知情形', kind: 'dict', dict: 'LegalAidNotificationGround' },
      { prop: 'charge', label: '涉嫌罪名' },
      { prop: 'openedOn', label: '立案(收到通知)日期', kind: 'date' },
      { prop: 'opponents', label: '对方当事人', kind: 'parties', wide: true },
      { prop: 'providerName', label: '法律援助人员' },
      { prop: 'chosenByApplicant', label: '受援人选择(点援制)', kind: 'bool' },
      { prop: 'assignedOn', label: '指派日期', kind: 'date' },
      { prop: 'notifierInformedOn', label: '告知通知机关日期', kind: 'date' },
      { prop: 'conflictCheck', label: '利益冲突审查', kind: 'rows', wide: true, rows: [
        { prop: 'checkedOn', label: '审查日期', kind: 'date', width: 110 },
        { prop: 'findings', label: '发现线索', width: 90 },
        { prop: 'confirmedBy', label: '核实确认人', width: 110 },
        { prop: 'note', label: '核实说明' },
      ] },
      { prop: 'serviceRecords', label: '承办服务记录', kind: 'rows', wide: true, rows: serviceRecordRows },
      { prop: 'terminationGround', label: '终止情形', kind: 'dict', dict: 'TerminationReason' },
      { prop: 'terminatedOn', label: '终止日期', kind: 'date' },
      { prop: 'terminationObjectionFiledOn', label: '收到终止异议日期', kind: 'date' },
      { prop: 'terminationObjectionResult', label: '终止异议审查决定', kind: 'dict', dict: 'LegalAidObjectionResult' },
      { prop: 'terminationObjectionReason', label: '终止异议理由', wide: true },
      { prop: 'result', label: '办理结果', wide: true },
      { prop: 'closedOn', label: '结案日期', kind: 'date' },
      { prop: 'recoveredAmount', label: '挽回经济损失(元)', kind: 'amount' },
      { prop: 'closingDocuments', label: '结案材料', kind: 'rows', wide: true, rows: [
        { prop: 'type', label: '材料类型', kind: 'dict', dict: 'LegalAidClosingDocumentType', width: 160 },
        { prop: 'name', label: '材料名称' },
      ] },
      { prop: 'subsidyAmount', label: '办案补贴(元)', kind: 'amount' },
      { prop: 'subsidyBasis', label: '补贴标准' },
      { prop: 'qualityScore', label: '案卷评查得分' },
      { prop: 'qualityReviewedOn', label: '评查日期', kind: 'date' },
      { prop: 'qualityComment', label: '评查意见', wide: true },
      { prop: 'satisfaction', label: '回访满意度', kind: 'dict', dict: 'LegalAidSatisfaction' },
      { prop: 'followedUpOn', label: '回访日期', kind: 'date' },
      { prop: 'handler', label: '承办工作人员' },
      division,
    ],
    create: {
      title: '登记通知辩护/代理',
      fields: [
        { prop: 'notifier', label: '通知机关', kind: 'dict', dict: 'LegalAidNotifier', required: true },
        { prop: 'notifierName', label: '通知机关名称', required: true, max: 200 },
        { prop: 'ground', label: '通知情形', kind: 'dict', dict: 'LegalAidNotificationGround', required: true },
        { prop: 'charge', label: '涉嫌罪名', max: 200 },
        { prop: 'suspectName', label: '犯罪嫌疑人、被告人', required: true, max: 100 },
        { prop: 'suspectIdNumber', label: '身份证号码', kind: 'slot' },
        { prop: 'opponentNames', label: '被害人等', max: 500, placeholder: '用于利益冲突审查,多个以“、”分隔' },
      ],
      rules: { suspectIdNumber: [idRule] },
      date: { prop: 'receivedOn', label: '收到通知日期' },
      body: notificationBody,
    },
    steps: caseSteps,
    links: (r) => (r.applicationId ? [{ label: '查看援助申请', to: `/legal-aid/applications/${String(r.applicationId)}` }] : []),
  },
  {
    key: 'providers',
    name: '法律援助人员',
    menu: '法律援助人员',
    api: 'providers',
    heading: (r) => `${str(r.name)} ${str(r.firm)}`.trim(),
    defaultSort: 'name,asc',
    columns: [
      { prop: 'name', label: '姓名', sortable: true, width: 110 },
      { prop: 'kind', label: '类别', kind: 'dict', dict: 'LegalAidProviderKind', width: 110 },
      { prop: 'firm', label: '执业机构' },
      { prop: 'licenceNo', label: '执业证号', width: 170 },
      { prop: 'phone', label: '联系电话', width: 130 },
      { prop: 'criminalPracticeYears', label: '刑辩年限', width: 90 },
      { prop: 'mayDefendLifeOrDeath', label: '可办死刑案件', kind: 'bool', width: 110 },
      { prop: 'active', label: '在册', kind: 'bool', width: 70 },
    ],
    filters: [
      { prop: 'kind', label: '类别', kind: 'dict', dict: 'LegalAidProviderKind' },
      { prop: 'active', label: '在册', kind: 'bool' },
      { prop: 'lifeOrDeathQualified', label: '可办死刑案件', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '姓名、执业机构' },
    ],
    fields: [
      { prop: 'name', label: '姓名' },
      { prop: 'kind', label: '类别', kind: 'dict', dict: 'LegalAidProviderKind' },
      { prop: 'firm', label: '执业机构' },
      { prop: 'licenceNo', label: '执业证号' },
      { prop: 'phone', label: '联系电话' },
      { prop: 'criminalPracticeSince', label: '从事刑辩起始日期', kind: 'date' },
      { prop: 'criminalPracticeYears', label: '刑辩执业年限' },
      { prop: 'mayDefendLifeOrDeath', label: '可办可能判处无期徒刑、死刑的案件', kind: 'bool' },
      { prop: 'active', label: '在册', kind: 'bool' },
      division,
    ],
    create: {
      title: '登记法律援助人员',
      fields: providerFields,
      initial: () => ({ kind: 'LAWYER' }),
      rules: { phone: [phoneRule] },
    },
    edit: (r) => ({
      title: '修改法律援助人员',
      fields: providerFields,
      initial: () => ({
        name: r.name, kind: r.kind, firm: r.firm ?? '', licenceNo: r.licenceNo ?? '', phone: r.phone ?? '',
        criminalPracticeSince: r.criminalPracticeSince ?? null,
      }),
      rules: { phone: [phoneRule] },
    }),
    commands: (r): StepDefinitions => (r.active === false ? {} : { deactivate: { title: '退出名册', fields: [] } }),
    links: (r) => [
      { label: '承办案件', to: `/legal-aid/cases?providerId=${String(r.id)}` },
      { label: '值班服务', to: `/legal-aid/duty-lawyer-services?providerId=${String(r.id)}` },
    ],
  },
  {
    key: 'duty-lawyer-services',
    name: '值班律师服务',
    menu: '值班律师',
    api: 'duty-lawyer-services',
    heading: (r) => `${str(r.postName)} ${str(r.servedOn)}`.trim(),
    defaultSort: 'servedOn,desc',
    columns: [
      { prop: 'servedOn', label: '服务日期', kind: 'date', sortable: true, width: 110 },
      { prop: 'postKind', label: '工作站类别', kind: 'dict', dict: 'LegalAidDutyPostKind', width: 110 },
      { prop: 'postName', label: '工作站' },
      { prop: 'providerName', label: '值班律师', width: 100 },
      { prop: 'serviceKind', label: '服务类型', kind: 'dict', dict: 'LegalAidDutyServiceKind', width: 130 },
      { prop: 'pleaLeniency', label: '认罪认罚', kind: 'bool', width: 90 },
      { prop: 'personsHelped', label: '人次', sortable: true, width: 80 },
    ],
    filters: [
      { prop: 'postKind', label: '工作站', kind: 'dict', dict: 'LegalAidDutyPostKind' },
      { prop: 'serviceKind', label: '服务类型', kind: 'dict', dict: 'LegalAidDutyServiceKind' },
      { prop: 'pleaLeniency', label: '认罪认罚', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '工作站、律师' },
      { prop: 'providerId', label: '值班律师', kind: 'hidden' },
    ],
    fields: [
      { prop: 'servedOn', label: '服务日期', kind: 'date' },
      { prop: 'postKind', label: '工作站类别', kind: 'dict', dict: 'LegalAidDutyPostKind' },
      { prop: 'postName', label: '工作站名称' },
      { prop: 'providerName', label: '值班律师' },
      { prop: 'serviceKind', label: '服务类型', kind: 'dict', dict: 'LegalAidDutyServiceKind' },
      { prop: 'personsHelped', label: '帮助人次' },
      { prop: 'pleaLeniency', label: '参与认罪认罚', kind: 'bool' },
      { prop: 'pleaSigningWitnessed', label: '见证具结书签署', kind: 'bool' },
      { prop: 'note', label: '说明', wide: true },
      division,
    ],
    create: {
      title: '登记值班服务',
      fields: [
        { prop: 'postKind', label: '工作站类别', kind: 'dict', dict: 'LegalAidDutyPostKind', required: true },
        { prop: 'postName', label: '工作站名称', required: true, max: 200 },
        { prop: 'providerId', label: '值班律师', kind: 'slot', required: true },
        { prop: 'serviceKind', label: '服务类型', kind: 'dict', dict: 'LegalAidDutyServiceKind', required: true },
        { prop: 'personsHelped', label: '帮助人次', kind: 'number', required: true },
        { prop: 'pleaLeniency', label: '参与认罪认罚', kind: 'switch' },
        { prop: 'pleaSigningWitnessed', label: '见证具结书签署', kind: 'switch' },
        { prop: 'note', label: '说明', kind: 'textarea', max: 2000 },
      ],
      initial: () => ({ personsHelped: 1 }),
      rules: (m) => ({
        pleaSigningWitnessed: [{ trigger: 'change', validator: (_r, v: boolean, cb) => (v && !m.pleaLeniency ? cb(new Error('见证具结书签署须参与认罪认罚')) : cb()) }],
      }),
      date: { prop: 'servedOn', label: '服务日期' },
      body: (m) => ({ ...blankToNull(m), personsHelped: m.personsHelped == null ? null : Math.round(Number(m.personsHelped)) }),
    },
  },
  {
    key: 'consultations',
    name: '法律咨询',
    menu: '法律咨询',
    api: 'consultations',
    heading: (r) => `${str(r.enquirerName) || '咨询'} ${str(r.consultedOn)}`.trim(),
    defaultSort: 'consultedOn,desc',
    columns: [
      { prop: 'consultedOn', label: '咨询日期', kind: 'date', sortable: true, width: 110 },
      { prop: 'channel', label: '渠道', kind: 'dict', dict: 'LegalAidConsultationChannel', width: 110 },
      { prop: 'matter', label: '咨询事项', kind: 'dict', dict: 'LegalAidMatter', width: 150 },
      { prop: 'summary', label: '咨询内容' },
      { prop: 'persons', label: '人次', sortable: true, width: 80 },
      { prop: 'answeredBy', label: '解答人员', width: 100 },
    ],
    filters: [
      { prop: 'channel', label: '渠道', kind: 'dict', dict: 'LegalAidConsultationChannel' },
      { prop: 'matter', label: '事项', kind: 'dict', dict: 'LegalAidMatter' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '内容、咨询人' },
    ],
    fields: [
      { prop: 'consultedOn', label: '咨询日期', kind: 'date' },
      { prop: 'channel', label: '咨询渠道', kind: 'dict', dict: 'LegalAidConsultationChannel' },
      { prop: 'matter', label: '咨询事项', kind: 'dict', dict: 'LegalAidMatter' },
      { prop: 'persons', label: '人次' },
      { prop: 'enquirerName', label: '咨询人' },
      { prop: 'answeredBy', label: '解答人员' },
      { prop: 'summary', label: '咨询内容', wide: true },
      { prop: 'answer', label: '解答意见', wide: true },
      division,
    ],
    create: {
      title: '登记法律咨询',
      fields: [
        { prop: 'channel', label: '咨询渠道', kind: 'dict', dict: 'LegalAidConsultationChannel', required: true },
        { prop: 'matter', label: '咨询事项', kind: 'dict', dict: 'LegalAidMatter', required: true },
        { prop: 'persons', label: '人次', kind: 'number', required: true },
        { prop: 'enquirerName', label: '咨询人', max: 100 },
        { prop: 'summary', label: '咨询内容', kind: 'textarea', required: true, max: 2000 },
        { prop: 'answer', label: '解答意见', kind: 'textarea', max: 2000 },
        { prop: 'answeredBy', label: '解答人员', max: 100 },
      ],
      initial: () => ({ channel: 'WINDOW', persons: 1 }),
      date: { prop: 'consultedOn', label: '咨询日期' },
      body: (m) => ({ ...blankToNull(m), persons: m.persons == null ? null : Math.round(Number(m.persons)) }),
    },
  },
  SUBSIDY_STANDARDS,
]

export const LEGAL_AID_REGISTRY_BY_KEY: Record<string, RegistryEntry> = Object.fromEntries(LEGAL_AID_REGISTRY.map((e) => [e.key, e]))
