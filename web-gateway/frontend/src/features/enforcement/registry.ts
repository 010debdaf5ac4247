import { formatAmount } from '@/utils/format'
import type { StepDefinition, StepDefinitions } from '@/components/steps'

/**
 * The 行政执法监督 record pages that share one list page and one detail page (RegistryListPage,
 * RegistryDetailPage): which columns, filters and fields they show, the create form where the API has one, and the
 * forms of their workflow steps. Which steps a record offers is the server's `allowedActions`; labels of codes come
 * from the dictionaries endpoint (`dict`). Field names are the API's, so the server's field errors land beside them.
 */
export interface RegistryField {
  prop: string
  label: string
  /** How a value shows: `dict` by its code table, `agency`/`agencies` by name, `division` by name, `amount` with two decimals. */
  kind?: 'text' | 'date' | 'dict' | 'agency' | 'agencies' | 'officer' | 'officers' | 'division' | 'bool' | 'amount' | 'percent' | 'deadline' | 'status'
  dict?: string
  /** List column width; `sortable` when the server can sort by it. */
  width?: number
  sortable?: boolean
  /** Detail: spans both columns. */
  wide?: boolean
}

export interface RegistryFilter {
  prop: string
  label: string
  kind: 'text' | 'dict' | 'agency' | 'bool' | 'date' | 'hidden'
  dict?: string
  placeholder?: string
}

export interface RegistryEntry {
  /** Route segment under /enforcement/ and the `recordType` of deadline links. */
  key: string
  /** What one record is (detail title) and the list's menu title. */
  name: string
  menu: string
  /** Path under /api/enforcement/v1. */
  api: string
  /** Status code table; absent for plain registers (agencies, officers …). */
  statuses?: string
  /** The record's own title in headers. */
  heading: (r: Record<string, unknown>) => string
  columns: RegistryField[]
  filters: RegistryFilter[]
  fields: RegistryField[]
  defaultSort?: string
  /** Create form, posted to the list's URL; absent when records come from elsewhere (imports, sampling). */
  create?: StepDefinition
  steps?: StepDefinitions
  /** A record without a detail page (white list): rows do not open. */
  noDetail?: boolean
  /** The API answers the whole list, not a page (white list). */
  unpaged?: boolean
  /** Date of the latest step, which the next may not precede. */
  notBefore?: (r: Record<string, unknown>) => string | null
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const latest = (...props: string[]) => (r: Record<string, unknown>) =>
  props.map((p) => r[p]).filter((v): v is string => typeof v === 'string' && v.length >= 10).map((v) => v.slice(0, 10)).sort().pop() ?? null

const status: RegistryField = { prop: 'status', label: '状态', kind: 'status', width: 120 }
const due: RegistryField = { prop: 'nextDueOn', label: '期限', kind: 'deadline', width: 200 }
const division: RegistryField = { prop: 'divisionCode', label: '行政区划', kind: 'division', width: 140 }
const agency: RegistryField = { prop: 'agencyId', label: '执法主体', kind: 'agency' }
const agencyFilter: RegistryFilter = { prop: 'agencyId', label: '执法主体', kind: 'agency' }
const overdueFilter: RegistryFilter = { prop: 'overdue', label: '已逾期', kind: 'bool' }

export const REGISTRY: RegistryEntry[] = [
  {
    key: 'agencies',
    name: '行政执法主体',
    menu: '执法主体',
    api: 'agencies',
    heading: (r) => str(r.name),
    defaultSort: 'name,asc',
    columns: [
      { prop: 'name', label: '名称', sortable: true },
      { prop: 'kind', label: '主体类别', kind: 'dict', dict: 'AgencyKind', width: 130 },
      { prop: 'creditCode', label: '统一社会信用代码', width: 200 },
      division,
      { prop: 'active', label: '在用', kind: 'bool', width: 80 },
    ],
    filters: [
      { prop: 'kind', label: '主体类别', kind: 'dict', dict: 'AgencyKind' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '名称' },
    ],
    fields: [
      { prop: 'name', label: '名称' },
      { prop: 'shortName', label: '简称' },
      { prop: 'kind', label: '主体类别', kind: 'dict', dict: 'AgencyKind' },
      { prop: 'entrustedBy', label: '委托机关' },
      { prop: 'creditCode', label: '统一社会信用代码' },
      division,
      { prop: 'powerCategories', label: '权责清单类别', kind: 'dict', dict: 'EnforcementActType', wide: true },
      { prop: 'active', label: '在用', kind: 'bool' },
    ],
    create: {
      title: '新增执法主体',
      fields: [
        { prop: 'name', label: '名称', required: true, max: 100 },
        { prop: 'shortName', label: '简称', max: 50 },
        { prop: 'kind', label: '主体类别', kind: 'dict', dict: 'AgencyKind', required: true },
        { prop: 'entrustedBy', label: '委托机关', max: 100, placeholder: '受委托组织必填' },
        { prop: 'creditCode', label: '统一社会信用代码', max: 18 },
        { prop: 'powerCategories', label: '权责清单类别', kind: 'dict', dict: 'EnforcementActType', multiple: true, required: true },
      ],
    },
  },
  {
    key: 'officers',
    name: '行政执法人员',
    menu: '执法人员与证件',
    api: 'officers',
    heading: (r) => str(r.name),
    defaultSort: 'name,asc',
    columns: [
      { prop: 'name', label: '姓名', sortable: true, width: 110 },
      agency,
      { prop: 'certificateNo', label: '执法证号', width: 170 },
      { prop: 'certificateValidUntil', label: '证件有效期至', kind: 'date', sortable: true, width: 130 },
      { prop: 'certificateStatus', label: '证件状态', kind: 'dict', dict: 'CertificateStatus', width: 110 },
      { prop: 'legalQualification', label: '法律职业资格', kind: 'bool', width: 110 },
    ],
    filters: [
      agencyFilter,
      { prop: 'certificateStatus', label: '证件状态', kind: 'dict', dict: 'CertificateStatus' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '姓名、证号' },
    ],
    fields: [
      { prop: 'name', label: '姓名' },
      agency,
      { prop: 'certificateNo', label: '执法证号' },
      { prop: 'certificateValidUntil', label: '证件有效期至', kind: 'date' },
      { prop: 'certificateStatus', label: '证件状态', kind: 'dict', dict: 'CertificateStatus' },
      { prop: 'examResult', label: '考试结果', kind: 'dict', dict: 'ExamResult' },
      { prop: 'examOn', label: '考试日期', kind: 'date' },
      { prop: 'trainingHours', label: '培训学时' },
      { prop: 'legalQualification', label: '法律职业资格', kind: 'bool' },
      { prop: 'active', label: '在岗', kind: 'bool' },
      division,
    ],
    create: {
      title: '新增执法人员',
      fields: [
        { prop: 'name', label: '姓名', required: true, max: 50 },
        { prop: 'agencyId', label: '执法主体', kind: 'slot', required: true },
        { prop: 'certificateNo', label: '执法证号', required: true, max: 40 },
        { prop: 'certificateValidUntil', label: '证件有效期至', kind: 'date', required: true },
        { prop: 'examResult', label: '考试结果', kind: 'dict', dict: 'ExamResult', required: true },
        { prop: 'examOn', label: '考试日期', kind: 'date' },
        { prop: 'trainingHours', label: '培训学时', kind: 'number' },
        { prop: 'legalQualification', label: '法律职业资格', kind: 'switch' },
      ],
    },
  },
  {
    key: 'normative-documents',
    name: '行政规范性文件',
    menu: '规范性文件备案',
    api: 'normative-documents',
    statuses: 'NormativeStatus',
    heading: (r) => `${str(r.title)} ${str(r.documentNo)}`.trim(),
    defaultSort: 'filedOn,desc',
    notBefore: latest('filedOn', 'reviewedOn'),
    columns: [
      { prop: 'documentNo', label: '文号', width: 170 },
      { prop: 'title', label: '标题' },
      { prop: 'issuingBody', label: '制定机关', width: 170 },
      { prop: 'filedOn', label: '报备日期', kind: 'date', sortable: true, width: 110 },
      status,
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'NormativeStatus' },
      overdueFilter,
      { prop: 'q', label: '查找', kind: 'text', placeholder: '标题、文号' },
    ],
    fields: [
      { prop: 'title', label: '标题', wide: true },
      { prop: 'documentNo', label: '文号' },
      { prop: 'issuingBody', label: '制定机关' },
      { prop: 'publishedOn', label: '公布日期', kind: 'date' },
      { prop: 'filedOn', label: '报备日期', kind: 'date' },
      { prop: 'filedLate', label: '逾期报备', kind: 'bool' },
      { prop: 'reviewedOn', label: '审查日期', kind: 'date' },
      { prop: 'reviewOpinion', label: '审查意见', wide: true },
      { prop: 'correctedOn', label: '纠正日期', kind: 'date' },
      { prop: 'correctionNote', label: '纠正情况', wide: true },
      division,
    ],
    create: {
      title: '报备规范性文件',
      fields: [
        { prop: 'title', label: '标题', required: true, max: 200 },
        { prop: 'documentNo', label: '文号', required: true, max: 60, placeholder: '如 开政发〔2026〕5号' },
        { prop: 'issuingBody', label: '制定机关', required: true, max: 100 },
        { prop: 'publishedOn', label: '公布日期', kind: 'date', required: true },
      ],
      date: { prop: 'filedOn', label: '报备日期' },
    },
    steps: {
      review: {
        title: '备案审查',
        fields: [
          { prop: 'opinion', label: '审查意见', kind: 'textarea', required: true, max: 2000 },
          { prop: 'correctionRequired', label: '需要纠正', kind: 'switch' },
        ],
        date: { prop: 'reviewedOn', label: '审查日期' },
      },
      'report-correction': {
        title: '报告纠正情况',
        fields: [{ prop: 'note', label: '纠正情况', kind: 'textarea', required: true, max: 2000 }],
        date: { prop: 'correctedOn', label: '纠正日期' },
      },
    },
  },
  {
    key: 'major-decision-reviews',
    name: '重大执法决定法制审核',
    menu: '重大执法决定法制审核',
    api: 'major-decision-reviews',
    statuses: 'MajorReviewStatus',
    heading: (r) => str(r.caseTitle),
    defaultSort: 'submittedOn,desc',
    notBefore: latest('submittedOn', 'reviewStartedOn'),
    columns: [
      { prop: 'caseTitle', label: '案件名称' },
      { prop: 'partyName', label: '当事人', width: 140 },
      agency,
      { prop: 'reason', label: '审核情形', kind: 'dict', dict: 'ReviewReason', width: 150 },
      { prop: 'submittedOn', label: '送审日期', kind: 'date', sortable: true, width: 110 },
      status,
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'MajorReviewStatus' },
      agencyFilter,
      overdueFilter,
      { prop: 'q', label: '查找', kind: 'text', placeholder: '案件、当事人' },
    ],
    fields: [
      { prop: 'caseTitle', label: '案件名称', wide: true },
      { prop: 'partyName', label: '当事人' },
      agency,
      { prop: 'reason', label: '审核情形', kind: 'dict', dict: 'ReviewReason' },
      { prop: 'actionRef', label: '执法案件编号' },
      { prop: 'submittedOn', label: '送审日期', kind: 'date' },
      { prop: 'reviewerId', label: '审核人员', kind: 'officer' },
      { prop: 'reviewStartedOn', label: '开始审核', kind: 'date' },
      { prop: 'opinion', label: '审核意见', kind: 'dict', dict: 'ReviewOpinion' },
      { prop: 'opinionOn', label: '出具日期', kind: 'date' },
      { prop: 'opinionText', label: '意见内容', wide: true },
      division,
    ],
    create: {
      title: '提交法制审核',
      fields: [
        { prop: 'caseTitle', label: '案件名称', required: true, max: 200 },
        { prop: 'partyName', label: '当事人', required: true, max: 100 },
        { prop: 'agencyId', label: '执法主体', kind: 'slot', required: true },
        { prop: 'reason', label: '审核情形', kind: 'dict', dict: 'ReviewReason', required: true },
        { prop: 'actionRef', label: '执法案件编号', max: 60 },
      ],
      date: { prop: 'submittedOn', label: '送审日期' },
    },
    steps: {
      'start-review': {
        title: '开始审核',
        fields: [
          { prop: 'reviewerId', label: '审核人员', kind: 'slot', required: true },
          { prop: 'comment', label: '备注', kind: 'textarea', max: 500 },
        ],
        date: { prop: 'startedOn', label: '开始日期' },
      },
      'give-opinion': {
        title: '出具审核意见',
        fields: [
          { prop: 'opinion', label: '审核意见', kind: 'dict', dict: 'ReviewOpinion', required: true },
          { prop: 'opinionText', label: '意见内容', kind: 'textarea', required: true, max: 2000 },
        ],
        date: { prop: 'opinionOn', label: '出具日期' },
      },
    },
  },
  {
    key: 'file-review-plans',
    name: '案卷评查计划',
    menu: '案卷评查计划',
    api: 'file-reviews/plans',
    statuses: 'PlanStatus',
    heading: (r) => str(r.name),
    notBefore: latest('periodTo'),
    columns: [
      { prop: 'name', label: '计划名称' },
      { prop: 'periodFrom', label: '评查期间自', kind: 'date', width: 120 },
      { prop: 'periodTo', label: '至', kind: 'date', width: 120 },
      { prop: 'sampleShare', label: '抽取比例', kind: 'percent', width: 100 },
      { prop: 'files', label: '抽中案卷', width: 100 },
      status,
    ],
    filters: [{ prop: 'status', label: '状态', kind: 'dict', dict: 'PlanStatus' }],
    fields: [
      { prop: 'name', label: '计划名称', wide: true },
      { prop: 'periodFrom', label: '评查期间自', kind: 'date' },
      { prop: 'periodTo', label: '至', kind: 'date' },
      { prop: 'sampleShare', label: '抽取比例', kind: 'percent' },
      { prop: 'seed', label: '随机种子' },
      { prop: 'passMin', label: '合格分数线' },
      { prop: 'excellentMin', label: '优秀分数线' },
      { prop: 'sampledOn', label: '抽取日期', kind: 'date' },
      { prop: 'files', label: '抽中案卷' },
      division,
    ],
    create: {
      title: '新建评查计划',
      fields: [
        { prop: 'name', label: '计划名称', required: true, max: 100 },
        { prop: 'periodFrom', label: '评查期间自', kind: 'date', required: true },
        { prop: 'periodTo', label: '至', kind: 'date', required: true },
        { prop: 'sampleShare', label: '抽取比例(0–1)', kind: 'number', required: true },
        { prop: 'passMin', label: '合格分数线', kind: 'number' },
        { prop: 'excellentMin', label: '优秀分数线', kind: 'number' },
      ],
      initial: () => ({ sampleShare: 0.1 }),
      rules: (m) => ({
        periodTo: [{ trigger: 'change', validator: (_r, v: string, cb) => (v && m.periodFrom && v < String(m.periodFrom) ? cb(new Error('不能早于开始日期')) : cb()) }],
        sampleShare: [{ trigger: 'change', validator: (_r, v: number | null, cb) => (v == null || v <= 0 || v > 1 ? cb(new Error('比例应大于0且不超过1')) : cb()) }],
      }),
    },
    steps: {
      sample: { title: '随机抽取案卷', date: { prop: 'sampledOn', label: '抽取日期' } },
    },
  },
  {
    key: 'file-reviews',
    name: '案卷评查',
    menu: '案卷评查',
    api: 'file-reviews',
    statuses: 'FileReviewStatus',
    heading: (r) => str(r.externalRef) || '评查案卷',
    notBefore: latest('scoredOn', 'notifiedOn', 'rectifiedOn'),
    columns: [
      { prop: 'externalRef', label: '执法案件编号', width: 200 },
      agency,
      { prop: 'score', label: '得分', width: 80 },
      { prop: 'grade', label: '等次', kind: 'dict', dict: 'Grade', width: 90 },
      status,
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'FileReviewStatus' },
      { prop: 'grade', label: '等次', kind: 'dict', dict: 'Grade' },
      agencyFilter,
      overdueFilter,
      { prop: 'planId', label: '评查计划', kind: 'hidden' },
    ],
    fields: [
      { prop: 'externalRef', label: '执法案件编号' },
      agency,
      { prop: 'reviewerId', label: '评查人员', kind: 'officer' },
      { prop: 'scoredOn', label: '评分日期', kind: 'date' },
      { prop: 'score', label: '得分' },
      { prop: 'grade', label: '等次', kind: 'dict', dict: 'Grade' },
      { prop: 'notifiedOn', label: '通知整改', kind: 'date' },
      { prop: 'rectifiedOn', label: '整改日期', kind: 'date' },
      { prop: 'rectificationNote', label: '整改情况', wide: true },
      { prop: 'closedOn', label: '办结日期', kind: 'date' },
      division,
    ],
    steps: {
      scores: {
        title: '评分',
        fields: [
          { prop: 'reviewerId', label: '评查人员', kind: 'slot', required: true },
          { prop: 'itemCode', label: '扣分项编码', max: 20, placeholder: '无扣分可不填' },
          { prop: 'points', label: '扣分', kind: 'number' },
          { prop: 'note', label: '扣分说明', max: 200 },
        ],
        date: { prop: 'scoredOn', label: '评分日期' },
        body: (m) => ({
          reviewerId: m.reviewerId,
          scoredOn: m.scoredOn,
          deductions: typeof m.itemCode === 'string' && m.itemCode.trim() ? [{ itemCode: m.itemCode.trim(), points: m.points ?? 0, note: String(m.note ?? '').trim() || null }] : [],
        }),
      },
      notify: { title: '通知整改', date: { prop: 'notifiedOn', label: '通知日期' } },
      rectify: {
        title: '报告整改',
        fields: [{ prop: 'note', label: '整改情况', kind: 'textarea', required: true, max: 2000 }],
        date: { prop: 'rectifiedOn', label: '整改日期' },
      },
      close: { title: '办结', date: { prop: 'closedOn', label: '办结日期' } },
    },
  },
  {
    key: 'inspections',
    name: '涉企行政检查',
    menu: '涉企检查',
    api: 'inspections',
    statuses: 'InspectionStatus',
    heading: (r) => str(r.enterpriseName),
    defaultSort: 'plannedOn,desc',
    notBefore: latest('requestedOn', 'approvedOn', 'noticeOn'),
    columns: [
      { prop: 'enterpriseName', label: '检查企业' },
      { prop: 'leadAgencyId', label: '牵头执法主体', kind: 'agency' },
      { prop: 'plannedOn', label: '计划检查日期', kind: 'date', sortable: true, width: 130 },
      { prop: 'whiteListed', label: '白名单', kind: 'bool', width: 80 },
      status,
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'InspectionStatus' },
      { prop: 'leadAgencyId', label: '牵头主体', kind: 'agency' },
      { prop: 'enterpriseCreditCode', label: '信用代码', kind: 'text' },
      { prop: 'overCap', label: '超出年度上限', kind: 'bool' },
    ],
    fields: [
      { prop: 'enterpriseName', label: '检查企业' },
      { prop: 'enterpriseCreditCode', label: '统一社会信用代码' },
      { prop: 'leadAgencyId', label: '牵头执法主体', kind: 'agency' },
      { prop: 'jointAgencyIds', label: '联合检查主体', kind: 'agencies' },
      { prop: 'matters', label: '检查事项', wide: true },
      { prop: 'legalBasis', label: '检查依据', wide: true },
      { prop: 'requestedOn', label: '申请日期', kind: 'date' },
      { prop: 'plannedOn', label: '计划检查日期', kind: 'date' },
      { prop: 'requiredApproval', label: '应报审批层级', kind: 'dict', dict: 'ApprovalLevel' },
      { prop: 'approvedBy', label: '审批人' },
      { prop: 'approvedOn', label: '审批日期', kind: 'date' },
      { prop: 'noticeOn', label: '告知日期', kind: 'date' },
      { prop: 'checkInCode', label: '入企码' },
      { prop: 'checkedInOfficerIds', label: '入企执法人员', kind: 'officers' },
      { prop: 'completedOn', label: '完成日期', kind: 'date' },
      { prop: 'findings', label: '检查结果', wide: true },
      { prop: 'yearlyCount', label: '本年已检查次数' },
      { prop: 'yearlyCap', label: '年度上限' },
      { prop: 'capWarning', label: '频次提示', wide: true },
      { prop: 'whiteListed', label: '白名单企业', kind: 'bool' },
    ],
    create: {
      title: '申请涉企检查',
      fields: [
        { prop: 'enterpriseName', label: '检查企业', required: true, max: 200 },
        { prop: 'enterpriseCreditCode', label: '统一社会信用代码', required: true, max: 18 },
        { prop: 'leadAgencyId', label: '牵头执法主体', kind: 'slot', required: true },
        { prop: 'matters', label: '检查事项', kind: 'textarea', required: true, max: 1000 },
        { prop: 'legalBasis', label: '检查依据', kind: 'textarea', required: true, max: 1000 },
        { prop: 'plannedOn', label: '计划检查日期', kind: 'date', required: true },
      ],
      date: { prop: 'requestedOn', label: '申请日期' },
    },
    steps: {
      approve: {
        title: '审批',
        fields: [
          { prop: 'approvedBy', label: '审批人', required: true, max: 100 },
          { prop: 'level', label: '审批层级', kind: 'dict', dict: 'ApprovalLevel', required: true },
        ],
        date: { prop: 'approvedOn', label: '审批日期' },
      },
      reject: {
        title: '不予批准',
        fields: [{ prop: 'reason', label: '理由', kind: 'textarea', required: true, max: 1000 }],
        date: { prop: 'rejectedOn', label: '日期' },
      },
      notify: { title: '检查告知', date: { prop: 'noticeOn', label: '告知日期' } },
      'check-in': {
        title: '扫码入企',
        fields: [
          { prop: 'checkInCode', label: '入企码', required: true, max: 64 },
          { prop: 'officerIds', label: '执法人员(至少两名)', kind: 'slot', multiple: true, required: true },
        ],
        body: (m) => ({ checkInCode: String(m.checkInCode ?? '').trim(), officerIds: m.officerIds, checkedInAt: new Date().toISOString() }),
      },
      complete: {
        title: '完成检查',
        fields: [{ prop: 'findings', label: '检查结果', kind: 'textarea', required: true, max: 2000 }],
        date: { prop: 'completedOn', label: '完成日期' },
      },
    },
  },
  {
    key: 'white-list',
    name: '涉企检查白名单',
    menu: '检查白名单',
    api: 'white-list-enterprises',
    heading: (r) => str(r.name),
    noDetail: true,
    unpaged: true,
    columns: [
      { prop: 'name', label: '企业名称' },
      { prop: 'creditCode', label: '统一社会信用代码', width: 220 },
      { prop: 'listedOn', label: '列入日期', kind: 'date', width: 120 },
      division,
    ],
    filters: [],
    fields: [],
    create: {
      title: '列入白名单',
      fields: [
        { prop: 'name', label: '企业名称', required: true, max: 200 },
        { prop: 'creditCode', label: '统一社会信用代码', required: true, max: 18 },
      ],
    },
  },
  {
    key: 'leniency-items',
    name: '免罚轻罚事项',
    menu: '免罚轻罚清单',
    api: 'leniency-items',
    heading: (r) => str(r.matter),
    columns: [
      { prop: 'matter', label: '事项' },
      { prop: 'listKind', label: '清单类别', kind: 'dict', dict: 'LeniencyListKind', width: 120 },
      agency,
      { prop: 'publishedOn', label: '公布日期', kind: 'date', width: 110 },
    ],
    filters: [
      { prop: 'listKind', label: '清单类别', kind: 'dict', dict: 'LeniencyListKind' },
      agencyFilter,
      { prop: 'q', label: '查找', kind: 'text', placeholder: '事项' },
    ],
    fields: [
      { prop: 'matter', label: '事项', wide: true },
      { prop: 'listKind', label: '清单类别', kind: 'dict', dict: 'LeniencyListKind' },
      agency,
      { prop: 'conditions', label: '适用条件', wide: true },
      { prop: 'legalBasis', label: '法律依据', wide: true },
      { prop: 'publishedOn', label: '公布日期', kind: 'date' },
      division,
    ],
    create: {
      title: '新增清单事项',
      fields: [
        { prop: 'matter', label: '事项', required: true, max: 200 },
        { prop: 'listKind', label: '清单类别', kind: 'dict', dict: 'LeniencyListKind', required: true },
        { prop: 'agencyId', label: '执法主体', kind: 'slot' },
        { prop: 'conditions', label: '适用条件', kind: 'textarea', required: true, max: 1000 },
        { prop: 'legalBasis', label: '法律依据', kind: 'textarea', required: true, max: 1000 },
      ],
      date: { prop: 'publishedOn', label: '公布日期' },
    },
  },
  {
    key: 'lenient-decisions',
    name: '免罚轻罚决定',
    menu: '免罚轻罚决定',
    api: 'lenient-decisions',
    heading: (r) => str(r.partyName),
    defaultSort: 'decidedOn,desc',
    columns: [
      { prop: 'partyName', label: '当事人', width: 160 },
      { prop: 'violation', label: '违法行为' },
      { prop: 'kind', label: '情形', kind: 'dict', dict: 'LenientKind', width: 130 },
      agency,
      { prop: 'decidedOn', label: '决定日期', kind: 'date', sortable: true, width: 110 },
    ],
    filters: [{ prop: 'kind', label: '情形', kind: 'dict', dict: 'LenientKind' }, agencyFilter],
    fields: [
      { prop: 'partyName', label: '当事人' },
      { prop: 'partyCreditCode', label: '统一社会信用代码' },
      { prop: 'violation', label: '违法行为', wide: true },
      { prop: 'kind', label: '情形', kind: 'dict', dict: 'LenientKind' },
      agency,
      { prop: 'decidedOn', label: '决定日期', kind: 'date' },
      { prop: 'educationGiven', label: '已教育', kind: 'bool' },
      { prop: 'educationMethod', label: '教育方式' },
      { prop: 'correctedOn', label: '改正日期', kind: 'date' },
      division,
    ],
    create: {
      title: '登记免罚轻罚决定',
      fields: [
        { prop: 'partyName', label: '当事人', required: true, max: 100 },
        { prop: 'partyCreditCode', label: '统一社会信用代码', max: 18 },
        { prop: 'violation', label: '违法行为', kind: 'textarea', required: true, max: 1000 },
        { prop: 'kind', label: '情形', kind: 'dict', dict: 'LenientKind', required: true },
        { prop: 'agencyId', label: '执法主体', kind: 'slot', required: true },
        { prop: 'educationGiven', label: '已教育', kind: 'switch' },
        { prop: 'educationMethod', label: '教育方式', required: true, max: 200 },
        { prop: 'correctedOn', label: '改正日期', kind: 'date' },
      ],
      initial: () => ({ educationGiven: true }),
      date: { prop: 'decidedOn', label: '决定日期' },
    },
  },
  {
    key: 'actions',
    name: '行政执法行为',
    menu: '执法数据',
    api: 'actions',
    heading: (r) => `${str(r.externalRef)} ${str(r.partyName)}`.trim(),
    columns: [],
    filters: [],
    fields: [
      { prop: 'externalRef', label: '执法案件编号' },
      { prop: 'actType', label: '行为类别', kind: 'dict', dict: 'EnforcementActType' },
      { prop: 'agencyId', label: '执法主体', kind: 'agency' },
      { prop: 'partyName', label: '当事人' },
      { prop: 'partyCreditCode', label: '当事人代码' },
      { prop: 'decidedOn', label: '决定日期', kind: 'date' },
      { prop: 'penaltyKinds', label: '处罚种类', kind: 'dict', dict: 'PenaltyKind' },
      { prop: 'amount', label: '罚没金额(元)', kind: 'amount' },
      { prop: 'major', label: '重大执法决定', kind: 'bool' },
      { prop: 'legalReviewedOn', label: '法制审核日期', kind: 'date' },
      { prop: 'recordedAudioVisual', label: '全过程记录', kind: 'bool' },
      { prop: 'publicationDueOn', label: '公示期限', kind: 'date' },
      { prop: 'publicizedOn', label: '公示日期', kind: 'date' },
      { prop: 'publishedOnTime', label: '按时公示', kind: 'bool' },
      division,
    ],
  },
]

export const REGISTRY_BY_KEY: Record<string, RegistryEntry> = Object.fromEntries(REGISTRY.map((e) => [e.key, e]))

/** How a list or detail value shows, for the kinds that need no lookup (names and labels are the pages'). */
export function plainValue(field: RegistryField, value: unknown): string {
  if (value == null || value === '') return ''
  switch (field.kind) {
    case 'bool':
      return value ? '是' : '否'
    case 'amount':
      return typeof value === 'number' ? formatAmount(value) : String(value)
    case 'percent':
      return typeof value === 'number' ? `${Math.round(value * 1000) / 10}%` : String(value)
    case 'date':
      return String(value).slice(0, 10)
    default:
      return Array.isArray(value) ? value.join('、') : String(value)
  }
}
