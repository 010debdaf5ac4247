import type { StepDefinition } from '@/components/steps'
import type { RegistryEntry, RegistryField } from '@/features/registry/types'

/**
 * The 人民调解 registers shown by the shared list and detail pages (features/registry): 调委会, 调解员, 调解工作室,
 * 矛盾纠纷排查, 专家咨询 and the 以奖代补 rules. Field names are the API's (docs/openapi/mediation.json).
 */
export interface MemberForm {
  name: string
  gender: string | null
  position: string | null
  ethnicMinority: boolean
  mediatorId: string | null
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const division: RegistryField = { prop: 'divisionCode', label: '行政区划', kind: 'division', width: 140 }
const committee: RegistryField = { prop: 'committeeId', label: '调委会', kind: 'committee' }
const status = (dict: string): RegistryField => ({ prop: 'status', label: '状态', kind: 'status', width: 110, dict })
const due: RegistryField = { prop: 'nextDueOn', label: '期限', kind: 'deadline', width: 200 }

/** Members as the API takes them: blank rows left out, names trimmed. */
export function membersBody(members: unknown): MemberForm[] {
  return (Array.isArray(members) ? (members as MemberForm[]) : [])
    .filter((m) => m.name?.trim())
    .map((m) => ({ ...m, name: m.name.trim(), ethnicMinority: !!m.ethnicMinority }))
}

const committeeFields = [
  { prop: 'name', label: '名称', required: true, max: 100 },
  { prop: 'type', label: '类型', kind: 'dict', dict: 'CommitteeType', required: true },
  { prop: 'address', label: '地址', max: 200 },
  { prop: 'phone', label: '电话', max: 30 },
  { prop: 'members', label: '组成人员', kind: 'slot', required: true },
] as const satisfies StepDefinition['fields']

/** Two parties as the screening form asks for them (申请方, 对方), as the API's party list. */
export function partiesBody(model: Record<string, unknown>) {
  const party = (name: unknown, role: string) => ({ role, kind: 'PERSON', name: String(name ?? '').trim() })
  return [party(model.applicantName, 'APPLICANT'), party(model.respondentName, 'RESPONDENT')].filter((p) => p.name)
}

export const MEDIATION_REGISTRY: RegistryEntry[] = [
  {
    key: 'committees',
    name: '人民调解委员会',
    menu: '调委会',
    api: 'committees',
    heading: (r) => str(r.name),
    defaultSort: 'name,asc',
    attachmentType: 'mediation-committee',
    columns: [
      { prop: 'name', label: '名称', sortable: true },
      { prop: 'type', label: '类型', kind: 'dict', dict: 'CommitteeType', width: 150 },
      { prop: 'termStartOn', label: '本届起始', kind: 'date', width: 110 },
      { prop: 'termEndsOn', label: '届满日期', kind: 'date', width: 110 },
      division,
      { prop: 'active', label: '在用', kind: 'bool', width: 70 },
    ],
    filters: [
      { prop: 'type', label: '类型', kind: 'dict', dict: 'CommitteeType' },
      { prop: 'termEndingSoon', label: '即将换届', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '名称' },
    ],
    fields: [
      { prop: 'name', label: '名称' },
      { prop: 'type', label: '类型', kind: 'dict', dict: 'CommitteeType' },
      { prop: 'establishedOn', label: '设立日期', kind: 'date' },
      { prop: 'termStartOn', label: '本届起始', kind: 'date' },
      { prop: 'termEndsOn', label: '届满日期', kind: 'date' },
      { prop: 'address', label: '地址' },
      { prop: 'phone', label: '电话' },
      division,
      { prop: 'active', label: '在用', kind: 'bool' },
      { prop: 'members', label: '组成人员', kind: 'members', wide: true },
      { prop: 'warnings', label: '组成提示', kind: 'warnings', wide: true },
    ],
    create: {
      title: '设立调委会',
      fields: [...committeeFields],
      initial: () => ({ members: [{ name: '', gender: null, position: 'DIRECTOR', ethnicMinority: false, mediatorId: null }] }),
      date: { prop: 'termStartOn', label: '本届起始' },
      body: (m) => ({ ...trimmed(m), members: membersBody(m.members), establishedOn: m.termStartOn }),
    },
    edit: (r) => ({
      title: '修改调委会',
      fields: [...committeeFields, { prop: 'active', label: '在用', kind: 'switch' }],
      initial: () => ({ name: r.name, type: r.type, address: r.address ?? '', phone: r.phone ?? '', active: r.active, members: cloneMembers(r.members) }),
      body: (m) => ({ ...trimmed(m), members: membersBody(m.members) }),
    }),
    commands: (r) => ({
      renew: {
        title: '换届',
        fields: [{ prop: 'members', label: '新一届组成人员', kind: 'slot', required: true }],
        initial: () => ({ members: cloneMembers(r.members) }),
        date: { prop: 'termStartOn', label: '本届起始' },
        body: (m) => ({ termStartOn: m.termStartOn, members: membersBody(m.members) }),
      },
    }),
  },
  {
    key: 'mediators',
    name: '人民调解员',
    menu: '调解员',
    api: 'mediators',
    heading: (r) => str(r.name),
    defaultSort: 'name,asc',
    columns: [
      { prop: 'name', label: '姓名', sortable: true, width: 110 },
      committee,
      { prop: 'employment', label: '专兼职', kind: 'dict', dict: 'MediationEmployment', width: 90 },
      { prop: 'grade', label: '等级', kind: 'dict', dict: 'MediatorGrade', width: 100 },
      { prop: 'phone', label: '电话', width: 130 },
      { prop: 'inExpertPool', label: '专家库', kind: 'bool', width: 80 },
      { prop: 'active', label: '在任', kind: 'bool', width: 70 },
    ],
    filters: [
      { prop: 'committeeId', label: '调委会', kind: 'committee' },
      { prop: 'employment', label: '专兼职', kind: 'dict', dict: 'MediationEmployment' },
      { prop: 'expert', label: '专家库', kind: 'bool' },
      { prop: 'q', label: '查找', kind: 'text', placeholder: '姓名' },
    ],
    fields: [
      { prop: 'name', label: '姓名' },
      { prop: 'gender', label: '性别', kind: 'dict', dict: 'MediationGender' },
      committee,
      { prop: 'employment', label: '专兼职', kind: 'dict', dict: 'MediationEmployment' },
      { prop: 'grade', label: '等级', kind: 'dict', dict: 'MediatorGrade' },
      { prop: 'appointedOn', label: '聘任日期', kind: 'date' },
      { prop: 'profession', label: '职业' },
      { prop: 'phone', label: '电话' },
      { prop: 'idNumber', label: '身份证号' },
      { prop: 'specialties', label: '擅长领域', kind: 'dict', dict: 'DisputeType', wide: true },
      { prop: 'inExpertPool', label: '专家库成员', kind: 'bool' },
      { prop: 'username', label: '平台账号' },
      division,
      { prop: 'active', label: '在任', kind: 'bool' },
    ],
    create: { title: '登记调解员', fields: mediatorFields(), initial: () => ({ employment: 'PART_TIME', grade: 'UNRATED' }) },
    edit: (r) => ({
      title: '修改调解员',
      fields: [...mediatorFields(), { prop: 'active', label: '在任', kind: 'switch' }],
      initial: () => pick(r, ['name', 'gender', 'committeeId', 'employment', 'grade', 'appointedOn', 'profession', 'phone', 'idNumber', 'specialties', 'inExpertPool', 'username', 'active']),
    }),
    links: (r) => [{ label: '补贴与积分', to: `/mediation/incentives?mediatorId=${String(r.id)}` }],
    commands: () => ({
      trainings: {
        title: '登记培训',
        fields: [
          { prop: 'hours', label: '学时', kind: 'number', required: true },
          { prop: 'subject', label: '培训内容', required: true, max: 200 },
          { prop: 'organizer', label: '主办单位', max: 100 },
          { prop: 'certificateNo', label: '结业证书编号', max: 60 },
        ],
        date: { prop: 'trainedOn', label: '培训日期' },
        rules: {
          hours: [{ trigger: 'change', validator: (_r, v: number | null, cb) => (v == null || (v >= 0.5 && v <= 999.9) ? cb() : cb(new Error('学时应在0.5到999.9之间'))) }],
        },
      },
    }),
    related: (r) => ({
      title: '培训记录',
      api: `mediators/${String(r.id)}/trainings`,
      columns: [
        { prop: 'trainedOn', label: '培训日期', kind: 'date', width: 110 },
        { prop: 'hours', label: '学时', width: 80 },
        { prop: 'subject', label: '培训内容' },
        { prop: 'organizer', label: '主办单位', width: 180 },
        { prop: 'certificateNo', label: '结业证书编号', width: 160 },
      ],
      summary: (a) => `学时合计 ${String(a.totalHours ?? 0)}`,
    }),
  },
  {
    key: 'studios',
    name: '调解工作室',
    menu: '调解工作室',
    api: 'studios',
    heading: (r) => str(r.name),
    columns: [
      { prop: 'name', label: '名称' },
      { prop: 'kind', label: '类别', kind: 'dict', dict: 'StudioKind', width: 140 },
      committee,
      { prop: 'leadMediatorId', label: '领衔调解员', kind: 'mediator', width: 120 },
      { prop: 'establishedOn', label: '设立日期', kind: 'date', width: 110 },
      { prop: 'honours', label: '荣誉', kind: 'honours', width: 200 },
    ],
    filters: [{ prop: 'kind', label: '类别', kind: 'dict', dict: 'StudioKind' }],
    fields: [
      { prop: 'name', label: '名称' },
      { prop: 'kind', label: '类别', kind: 'dict', dict: 'StudioKind' },
      committee,
      { prop: 'leadMediatorId', label: '领衔调解员', kind: 'mediator' },
      { prop: 'establishedOn', label: '设立日期', kind: 'date' },
      division,
      { prop: 'description', label: '简介', wide: true },
      { prop: 'honours', label: '荣誉', kind: 'honours', wide: true },
    ],
    create: {
      title: '登记调解工作室',
      fields: [
        { prop: 'name', label: '名称', required: true, max: 100 },
        { prop: 'kind', label: '类别', kind: 'dict', dict: 'StudioKind', required: true },
        { prop: 'committeeId', label: '调委会', kind: 'slot' },
        { prop: 'leadMediatorId', label: '领衔调解员', kind: 'slot' },
        { prop: 'description', label: '简介', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'establishedOn', label: '设立日期' },
    },
    commands: () => ({
      honours: {
        title: '授予荣誉',
        fields: [
          { prop: 'title', label: '荣誉称号', required: true, max: 100 },
          { prop: 'level', label: '级别', kind: 'dict', dict: 'MediationHonourLevel', required: true },
          { prop: 'awardedBy', label: '授予单位', max: 100 },
        ],
        date: { prop: 'awardedOn', label: '授予日期' },
      },
    }),
  },
  {
    key: 'screenings',
    name: '矛盾纠纷排查',
    menu: '矛盾纠纷排查',
    api: 'screenings',
    statuses: 'MediationScreeningStatus',
    heading: (r) => `${str(r.place)} ${str(r.screenedOn)}`.trim(),
    defaultSort: 'screenedOn,desc',
    attachmentType: 'mediation-screening',
    notBefore: (r) => str(r.screenedOn) || null,
    columns: [
      { prop: 'screenedOn', label: '排查日期', kind: 'date', sortable: true, width: 110 },
      { prop: 'summary', label: '纠纷简况' },
      { prop: 'disputeType', label: '纠纷类型', kind: 'dict', dict: 'DisputeType', width: 130 },
      { prop: 'riskLevel', label: '风险等级', kind: 'dict', dict: 'MediationRiskLevel', width: 90 },
      { prop: 'escalationRisk', label: '激化风险', kind: 'bool', width: 90 },
      status('MediationScreeningStatus'),
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'MediationScreeningStatus' },
      { prop: 'riskLevel', label: '风险等级', kind: 'dict', dict: 'MediationRiskLevel' },
      { prop: 'escalationRisk', label: '激化风险', kind: 'bool' },
      { prop: 'disputeType', label: '纠纷类型', kind: 'dict', dict: 'DisputeType' },
    ],
    fields: [
      { prop: 'summary', label: '纠纷简况', wide: true },
      { prop: 'screenedOn', label: '排查日期', kind: 'date' },
      { prop: 'place', label: '排查地点' },
      { prop: 'disputeType', label: '纠纷类型', kind: 'dict', dict: 'DisputeType' },
      { prop: 'riskLevel', label: '风险等级', kind: 'dict', dict: 'MediationRiskLevel' },
      { prop: 'escalationRisk', label: '激化风险', kind: 'bool' },
      committee,
      { prop: 'mediatorId', label: '排查调解员', kind: 'mediator' },
      { prop: 'parties', label: '当事人', kind: 'parties', wide: true },
      { prop: 'measures', label: '化解措施', wide: true },
      { prop: 'resolvedOn', label: '化解日期', kind: 'date' },
      division,
    ],
    create: {
      title: '登记排查',
      fields: [
        { prop: 'summary', label: '纠纷简况', kind: 'textarea', required: true, max: 2000 },
        { prop: 'place', label: '排查地点', required: true, max: 200 },
        { prop: 'disputeType', label: '纠纷类型', kind: 'dict', dict: 'DisputeType', required: true },
        { prop: 'riskLevel', label: '风险等级', kind: 'dict', dict: 'MediationRiskLevel', required: true },
        { prop: 'escalationRisk', label: '激化风险', kind: 'switch' },
        { prop: 'applicantName', label: '一方当事人', required: true, max: 100 },
        { prop: 'respondentName', label: '另一方当事人', max: 100 },
        { prop: 'committeeId', label: '调委会', kind: 'slot' },
        { prop: 'mediatorId', label: '排查调解员', kind: 'slot' },
      ],
      date: { prop: 'screenedOn', label: '排查日期' },
      body: (m) => {
        const { applicantName: _a, respondentName: _b, ...rest } = trimmed(m)
        return { ...rest, parties: partiesBody(m) }
      },
    },
    steps: {
      convert: {
        title: '转为调解案件',
        fields: [
          { prop: 'source', label: '纠纷来源', kind: 'dict', dict: 'CaseSource' },
          { prop: 'committeeId', label: '调委会', kind: 'slot' },
        ],
        initial: () => ({ source: 'PROACTIVE' }),
        date: { prop: 'receivedOn', label: '收案日期' },
      },
      resolve: {
        title: '当场化解',
        fields: [{ prop: 'measures', label: '化解措施', kind: 'textarea', required: true, max: 1000 }],
        date: { prop: 'resolvedOn', label: '化解日期' },
      },
    },
    links: (r) => (r.caseId ? [{ label: '查看调解案件', to: `/mediation/cases/${String(r.caseId)}` }] : []),
  },
  {
    key: 'expert-requests',
    name: '专家咨询(点单)',
    menu: '专家咨询',
    api: 'expert-requests',
    statuses: 'ExpertRequestStatus',
    heading: (r) => `${str(r.specialtyLabel)} ${str(r.requestedOn)}`.trim(),
    notBefore: (r) => str(r.requestedOn) || null,
    columns: [
      { prop: 'requestedOn', label: '点单日期', kind: 'date', width: 110 },
      { prop: 'specialty', label: '专业领域', kind: 'dict', dict: 'DisputeType', width: 140 },
      { prop: 'expertId', label: '专家', kind: 'mediator', width: 110 },
      { prop: 'note', label: '咨询事项' },
      status('ExpertRequestStatus'),
      due,
    ],
    filters: [
      { prop: 'status', label: '状态', kind: 'dict', dict: 'ExpertRequestStatus' },
      { prop: 'specialty', label: '专业领域', kind: 'dict', dict: 'DisputeType' },
      { prop: 'caseId', label: '案件', kind: 'hidden' },
    ],
    fields: [
      { prop: 'specialty', label: '专业领域', kind: 'dict', dict: 'DisputeType' },
      { prop: 'expertId', label: '专家', kind: 'mediator' },
      { prop: 'requestedOn', label: '点单日期', kind: 'date' },
      { prop: 'note', label: '咨询事项', wide: true },
      { prop: 'respondedOn', label: '答复日期', kind: 'date' },
      { prop: 'responseNote', label: '答复', wide: true },
      division,
    ],
    create: {
      title: '向专家点单',
      fields: [
        { prop: 'caseId', label: '调解案件', kind: 'slot', required: true },
        { prop: 'specialty', label: '专业领域', kind: 'dict', dict: 'DisputeType', required: true },
        { prop: 'expertId', label: '专家', kind: 'slot', placeholder: '不指定则由专家库接单' },
        { prop: 'note', label: '咨询事项', kind: 'textarea', max: 1000 },
      ],
      date: { prop: 'requestedOn', label: '点单日期' },
    },
    steps: {
      accept: {
        title: '专家接单',
        fields: [
          { prop: 'expertId', label: '专家', kind: 'slot' },
          { prop: 'note', label: '答复', kind: 'textarea', max: 1000 },
        ],
        date: { prop: 'respondedOn', label: '接单日期' },
      },
      decline: {
        title: '专家拒绝',
        fields: [
          { prop: 'expertId', label: '专家', kind: 'slot' },
          { prop: 'note', label: '理由', kind: 'textarea', max: 1000 },
        ],
        date: { prop: 'respondedOn', label: '答复日期' },
      },
    },
    links: (r) => (r.caseId ? [{ label: '查看调解案件', to: `/mediation/cases/${String(r.caseId)}` }] : []),
  },
  {
    key: 'incentive-rules',
    name: '补贴与积分规则',
    menu: '以奖代补规则',
    api: 'incentive-rules',
    heading: (r) => str(r.kind),
    noDetail: true,
    columns: [
      { prop: 'kind', label: '事项', kind: 'dict', dict: 'IncentiveKind', width: 150 },
      { prop: 'disputeType', label: '纠纷类型', kind: 'dict', dict: 'DisputeType', width: 130 },
      { prop: 'difficulty', label: '难易程度', kind: 'dict', dict: 'MediationDifficulty', width: 100 },
      { prop: 'subsidyAmount', label: '补贴(元)', kind: 'amount', width: 110 },
      { prop: 'creditPoints', label: '积分', width: 70 },
      { prop: 'validFrom', label: '起始', kind: 'date', width: 110 },
      { prop: 'validTo', label: '截止', kind: 'date', width: 110 },
      { prop: 'note', label: '说明' },
    ],
    filters: [{ prop: 'kind', label: '事项', kind: 'dict', dict: 'IncentiveKind' }],
    fields: [],
    create: {
      title: '新建规则',
      fields: [
        { prop: 'kind', label: '事项', kind: 'dict', dict: 'IncentiveKind', required: true },
        { prop: 'disputeType', label: '纠纷类型', kind: 'dict', dict: 'DisputeType', placeholder: '不填则适用全部' },
        { prop: 'difficulty', label: '难易程度', kind: 'dict', dict: 'MediationDifficulty' },
        { prop: 'subsidyAmount', label: '补贴(元)', kind: 'number', required: true },
        { prop: 'creditPoints', label: '积分', kind: 'number', required: true },
        { prop: 'validTo', label: '截止日期', kind: 'date' },
        { prop: 'note', label: '说明', kind: 'textarea', max: 500 },
      ],
      date: { prop: 'validFrom', label: '起始日期' },
      body: (m) => ({ ...trimmed(m), creditPoints: m.creditPoints == null ? null : Math.round(Number(m.creditPoints)) }),
    },
  },
]

export const MEDIATION_REGISTRY_BY_KEY: Record<string, RegistryEntry> = Object.fromEntries(MEDIATION_REGISTRY.map((e) => [e.key, e]))

function mediatorFields(): NonNullable<StepDefinition['fields']> {
  return [
    { prop: 'name', label: '姓名', required: true, max: 50 },
    { prop: 'gender', label: '性别', kind: 'dict', dict: 'MediationGender', required: true },
    { prop: 'committeeId', label: '调委会', kind: 'slot' },
    { prop: 'employment', label: '专兼职', kind: 'dict', dict: 'MediationEmployment', required: true },
    { prop: 'grade', label: '等级', kind: 'dict', dict: 'MediatorGrade' },
    { prop: 'profession', label: '职业', max: 100 },
    { prop: 'phone', label: '电话', max: 30 },
    { prop: 'idNumber', label: '身份证号', max: 18 },
    { prop: 'specialties', label: '擅长领域', kind: 'dict', dict: 'DisputeType', multiple: true },
    { prop: 'inExpertPool', label: '专家库成员', kind: 'switch' },
    { prop: 'username', label: '平台账号', max: 100, placeholder: '调解员登录平台的账号(可不填)' },
  ]
}

function trimmed(m: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : v]))
}
function pick(r: Record<string, unknown>, props: string[]): Record<string, unknown> {
  return Object.fromEntries(props.map((p) => [p, r[p] ?? (p === 'specialties' ? [] : null)]))
}
function cloneMembers(members: unknown): MemberForm[] {
  return (Array.isArray(members) ? members : []).map((m: Record<string, unknown>) => ({
    name: String(m.name ?? ''),
    gender: (m.gender as string) ?? null,
    position: (m.position as string) ?? 'MEMBER',
    ethnicMinority: !!m.ethnicMinority,
    mediatorId: (m.mediatorId as string) ?? null,
  }))
}
