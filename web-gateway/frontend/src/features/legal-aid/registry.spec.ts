import GENERATED from '@/api/generated/legal-aid.ts?raw'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { initialModel, stepRules } from '@/components/steps'
import { NAVIGATION } from '@/features/layout/navigation'
import { routes } from '@/router'
import { LEGAL_AID_REGISTRY, LEGAL_AID_REGISTRY_BY_KEY, applicationBody, applicationEditBody, assignBody, documentsBody, latest, notificationBody, splitList, subsidyAmountError, subsidyBody } from './registry'
import { growth, ratio } from './statistics'

/** The service's paths and their operations as the generated types name them (docs/openapi/legal-aid.json). */
const pathBlock = (path: string): string | null => {
  const start = GENERATED.indexOf(`    "/api/legal-aid/v1/${path}": {`)
  return start < 0 ? null : GENERATED.slice(start, GENERATED.indexOf('\n    };', start))
}

describe('legal-aid records', () => {
  it.each(LEGAL_AID_REGISTRY.map((e) => [e.key, e] as const))('%s: its list, detail, create, steps and commands are paths of the API', (_k, e) => {
    expect(pathBlock(e.api), `GET ${e.api}`).toMatch(/get: operations/)
    if (!e.noDetail) expect(pathBlock(`${e.api}/{id}`), `GET ${e.api}/{id}`).toMatch(/get: operations/)
    if (e.create) expect(pathBlock(e.createApi ?? e.api), `POST ${e.createApi ?? e.api}`).toMatch(/post: operations/)
    if (e.edit) expect(pathBlock(`${e.api}/{id}`), `PUT ${e.api}/{id}`).toMatch(/put: operations/)
    const actions = [...Object.keys(e.steps ?? {}), ...Object.keys(e.commands?.({ active: true }) ?? {})]
    for (const a of actions) expect(pathBlock(`${e.api}/{id}/${a}`), `POST ${e.api}/{id}/${a}`).toMatch(/post: operations/)
  })

  it('offers a form for every step the service names', () => {
    const steps = (block: string | null) => [...(block ?? '').matchAll(/"\/api\/legal-aid\/v1\/([\w-]+)\/\{id\}\/([\w-]+)": \{/g)]
    for (const [, api, action] of steps(GENERATED)) {
      if (!pathBlock(`${api}/{id}/${action}`)?.match(/post: operations/)) continue // the conflict check is asked by the assign form
      const entry = LEGAL_AID_REGISTRY.find((e) => e.api === api)!
      expect({ ...entry.steps, ...entry.commands?.({ active: true }) }, `${api}/${action}`).toHaveProperty([action!])
    }
  })

  it('reaches every record list and the statistics from the 法律援助 menu, and has pages for the deadlines\' links', () => {
    const menu = NAVIGATION.find((n) => n.title === '法律援助')!.children!.map((c) => c.path)
    for (const e of LEGAL_AID_REGISTRY) expect(menu, e.key).toContain(`/legal-aid/${e.key}`)
    expect(menu).toContain('/legal-aid/statistics')
    const router = createRouter({ history: createMemoryHistory(), routes })
    for (const kind of ['applications', 'cases']) {
      const route = router.resolve(`/legal-aid/${kind}/3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10`)
      const props = route.matched.at(-1)!.props.default as (r: typeof route) => Record<string, unknown>
      expect(props(route)).toEqual({ kind, id: '3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10', section: 'legal-aid' })
    }
    expect(router.resolve('/legal-aid/statistics').meta.title).toBe('法律援助统计')
  })

  it('sends an application with its applicant nested and the typed lists split', () => {
    const create = LEGAL_AID_REGISTRY_BY_KEY.applications!.create!
    const model: Record<string, unknown> = {
      ...initialModel(create),
      applicantName: ' 王某 ', applicantIdNumber: '11010519491231002X', applicantPhone: '',
      category: 'CIVIL', matter: 'LABOUR_REMUNERATION', aidForm: 'CIVIL_ADMIN_STATE_COMP_AGENCY', summary: '拖欠工资',
      opponentNames: '长沙某公司、 李某 ', missingMaterials: '劳动合同;', detentionPlace: '某看守所',
    }
    const body = applicationBody(model) as Record<string, unknown>
    expect(body).toMatchObject({
      applicant: { name: '王某', idNumber: '11010519491231002X', phone: null },
      opponents: [{ name: '长沙某公司' }, { name: '李某' }],
      missingMaterials: ['劳动合同'],
      detained: false,
      detentionPlace: null,
      channel: 'WINDOW',
      receivedOn: model.receivedOn,
    })
    expect(body).not.toHaveProperty('applicantName')
    expect(body).not.toHaveProperty('opponentNames')
    expect(splitList(null)).toEqual([])
  })

  it('asks for the detention place of a detained applicant, and a reason for a refusal', async () => {
    const create = LEGAL_AID_REGISTRY_BY_KEY.applications!.create!
    const check = (rules: ReturnType<typeof stepRules>, prop: string, value: unknown) =>
      new Promise<string | undefined>((resolve) => {
        const rule = (rules[prop] as { validator: (r: unknown, v: unknown, cb: (e?: Error) => void) => void }[]).find((r) => r.validator)!
        rule.validator({}, value, (e) => resolve(e?.message))
      })
    expect(await check(stepRules(create, null, { detained: true }), 'detentionPlace', '')).toBe('在押人员申请须填写羁押场所')
    expect(await check(stepRules(create, null, { detained: false }), 'detentionPlace', '')).toBeUndefined()
    expect(await check(stepRules(create, null, {}), 'applicantPhone', '12345')).toBe('请填写手机号码或带区号的固定电话')
    const decision = LEGAL_AID_REGISTRY_BY_KEY.applications!.steps!.decision!
    expect(initialModel(decision).granted).toBe(true)
    expect(await check(stepRules(decision, null, { granted: false }), 'reason', ' ')).toBe('不予法律援助须说明理由')
    expect(await check(stepRules(decision, null, { granted: true }), 'reason', '')).toBeUndefined()
  })

  it('assigns with the conflict confirmation only when the check found something, and not before it answered', async () => {
    const assign = LEGAL_AID_REGISTRY_BY_KEY.cases!.steps!.assign!
    const base = { ...initialModel(assign), providerId: 'p1' }
    expect(assignBody({ ...base, conflictCheck: { confirmed: false, note: '', findings: 0 } })).toMatchObject({ providerId: 'p1', chosenByApplicant: false, conflictCheck: null })
    expect(assignBody({ ...base, chosenByApplicant: true, conflictCheck: { confirmed: true, note: ' 同名不同人 ', findings: 2 } }))
      .toMatchObject({ chosenByApplicant: true, conflictCheck: { confirmed: true, note: '同名不同人' } })
    const verdict = (model: Record<string, unknown>) =>
      new Promise<string | undefined>((resolve) => {
        const [rule] = stepRules(assign, null, model).conflictCheck as { validator: (r: unknown, v: unknown, cb: (e?: Error) => void) => void }[]
        rule!.validator({}, model.conflictCheck, (e) => resolve(e?.message))
      })
    expect(await verdict({ providerId: 'p1', conflictCheck: { confirmed: false, note: '', findings: null } })).toBe('正在进行利益冲突审查')
    expect(await verdict({ providerId: 'p1', conflictCheck: { confirmed: false, note: '', findings: 1 } })).toContain('发现利益冲突线索')
    expect(await verdict({ providerId: 'p1', conflictCheck: { confirmed: true, note: '', findings: 1 } })).toBeUndefined()
  })

  it('registers a notified case with its suspect nested, and closes with the named documents only', () => {
    expect(notificationBody({ notifier: 'COURT', notifierName: '某法院', ground: 'MINOR', suspectName: ' 张某 ', suspectIdNumber: '', opponentNames: '' }))
      .toEqual({ notifier: 'COURT', notifierName: '某法院', ground: 'MINOR', suspect: { name: '张某', idNumber: null }, opponents: [] })
    expect(LEGAL_AID_REGISTRY_BY_KEY.cases!.createApi).toBe('notifications')
    expect(initialModel(LEGAL_AID_REGISTRY_BY_KEY.cases!.steps!.close!).documents).toEqual([{ type: 'CLOSING_REPORT', name: '法律援助案件结案报告' }])
    expect(documentsBody([{ type: 'JUDGMENT', name: ' 判决书 ' }, { type: 'OTHER', name: ' ' }, { type: null, name: 'x' }])).toEqual([{ type: 'JUDGMENT', name: '判决书' }])
  })

  it('offers leaving the roster only to an active provider, and links a provider to its cases and duty services', () => {
    const providers = LEGAL_AID_REGISTRY_BY_KEY.providers!
    expect(Object.keys(providers.commands!({ active: true }))).toEqual(['deactivate'])
    expect(providers.commands!({ active: false })).toEqual({})
    expect(providers.links!({ id: 'p1' }).map((l) => l.to)).toEqual(['/legal-aid/cases?providerId=p1', '/legal-aid/duty-lawyer-services?providerId=p1'])
    expect(LEGAL_AID_REGISTRY_BY_KEY.applications!.links!({ caseId: 'c1' })).toEqual([{ label: '查看援助案件', to: '/legal-aid/cases/c1' }])
    expect(LEGAL_AID_REGISTRY_BY_KEY.cases!.links!({ applicationId: null })).toEqual([])
  })

  it('offers 修改登记信息 of an application only while the server says it is editable, filled from the record', () => {
    const applications = LEGAL_AID_REGISTRY_BY_KEY.applications!
    const record = {
      applicant: { name: '王某', idNumber: '11010519491231002X', phone: '13800138000', address: '开福区某街道', agentName: null, agentRelation: null },
      category: 'CIVIL', matter: 'LABOUR_REMUNERATION', aidForm: 'CIVIL_ADMIN_STATE_COMP_AGENCY', channel: 'WINDOW',
      economicStatus: 'VERIFICATION_EXEMPT', specialGroups: ['MIGRANT_WORKER'], receivedOn: '2026-12-01', summary: '拖欠工资',
      opponents: [{ name: '长沙某公司', idNumber: null }, { name: '李某', idNumber: '430105198001011234' }],
      missingMaterials: '劳动合同', detained: false, detentionPlace: null, editable: true,
    }
    expect(applications.edit!({ ...record, editable: false })).toBeNull()
    const edit = applications.edit!(record)!
    expect(edit.title).toBe('修改登记信息')
    expect(edit.date).toBeUndefined() // the receipt date is the record's, not today
    expect(edit.fields!.map((f) => f.prop)).not.toContain('detentionPlace')
    const model = { ...initialModel(edit), applicantPhone: '13912340000', summary: ' 拖欠工资四个月 ', opponentNames: '李某、赵某' }
    expect(model).toMatchObject({ applicantName: '王某', receivedOn: '2026-12-01', specialGroups: ['MIGRANT_WORKER'], missingMaterials: '劳动合同' })
    const body = edit.body!(model) as Record<string, unknown>
    expect(body).toEqual({
      applicant: { name: '王某', idNumber: '11010519491231002X', phone: '13912340000', address: '开福区某街道', agentName: null, agentRelation: null },
      category: 'CIVIL', matter: 'LABOUR_REMUNERATION', aidForm: 'CIVIL_ADMIN_STATE_COMP_AGENCY', channel: 'WINDOW',
      economicStatus: 'VERIFICATION_EXEMPT', specialGroups: ['MIGRANT_WORKER'], receivedOn: '2026-12-01', summary: '拖欠工资四个月',
      opponents: [{ name: '李某', idNumber: '430105198001011234' }, { name: '赵某', idNumber: null }],
      missingMaterials: ['劳动合同'], detentionPlace: null,
    })
    expect(applicationEditBody({ ...record, detained: true })({ ...model, detentionPlace: '长沙市看守所' })).toMatchObject({ detentionPlace: '长沙市看守所' })
    expect(applications.edit!({ ...record, detained: true, detentionPlace: '长沙市看守所' })!.fields!.at(-1)!.prop).toBe('detentionPlace')
    expect(pathBlock('applications/{id}')).toMatch(/put: operations/)
  })

  it('edits a provider with the registration fields, filled from the record', () => {
    const edit = LEGAL_AID_REGISTRY_BY_KEY.providers!.edit!({
      name: '李律师', kind: 'LAWYER', firm: null, licenceNo: '14301', phone: '13912345678', criminalPracticeSince: '2018-06-01', active: true,
    })!
    expect(edit.fields!.map((f) => f.prop)).toEqual(['name', 'kind', 'firm', 'licenceNo', 'phone', 'criminalPracticeSince'])
    expect(edit.initial!()).toEqual({
      name: '李律师', kind: 'LAWYER', firm: '', licenceNo: '14301', phone: '13912345678', criminalPracticeSince: '2018-06-01',
    })
  })

  it('lists the subsidy standards with their precedence, and offers 新增/修改/废止 only where the server says the user may', () => {
    const standards = LEGAL_AID_REGISTRY_BY_KEY['subsidy-standards']!
    expect(standards.unpaged).toBe(true)
    expect(pathBlock('subsidy-standards/{id}')).toMatch(/put: operations/)
    expect(standards.columns.map((c) => c.prop)).toEqual(expect.arrayContaining(['precedenceLabel', 'appliesToLabel', 'amount']))
    expect(standards.creatable!({ mayCreate: false, content: [] })).toBe(false)
    expect(standards.creatable!({ mayCreate: true, content: [] })).toBe(true)
    expect(standards.writable!({ mayEdit: false })).toBe(false)
    expect(standards.writable!({ mayEdit: true })).toBe(true)
    expect(standards.note!({ provinceName: '湖南省' })).toMatch(/^湖南省:.*本省·本类别 > 本省·不分类别 > 平台默认·本类别 > 平台默认·不分类别/)
    expect(Object.keys(standards.commands!({ retiredOn: null }))).toEqual(['retire'])
    expect(standards.commands!({ retiredOn: '2026-12-04' })).toEqual({})
    const edit = standards.edit!({ aidForm: 'CIVIL_ADMIN_STATE_COMP_AGENCY', category: null, amount: 2500, label: '湖南省:民事' })!
    expect(edit.initial!()).toEqual({ aidForm: 'CIVIL_ADMIN_STATE_COMP_AGENCY', category: null, amount: '2500', label: '湖南省:民事' })
    expect(subsidyBody({ aidForm: 'OTHER', category: '', amount: ' 2500.50 ', label: ' 其他 ' }))
      .toEqual({ aidForm: 'OTHER', category: null, amount: 2500.5, label: '其他' })
    expect(subsidyAmountError('2500')).toBeNull()
    expect(subsidyAmountError('0.01')).toBeNull()
    expect(subsidyAmountError('100000')).toBeNull()
    expect(subsidyAmountError('0')).toBe('补贴金额须大于 0')
    expect(subsidyAmountError('100000.01')).toBe('补贴金额不能超过 100000 元')
    expect(subsidyAmountError('12.345')).toBe('金额以元为单位,至多两位小数')
    expect(subsidyAmountError('-5')).toBe('金额以元为单位,至多两位小数')
  })

  it('dates a step no earlier than the record\'s latest step', () => {
    expect(latest({ receivedOn: '2026-12-01', supplementRequestedOn: '2026-12-02', materialsSuppliedOn: '2026-12-04', decidedOn: null }, ['receivedOn', 'supplementRequestedOn', 'materialsSuppliedOn', 'decidedOn'])).toBe('2026-12-04')
    expect(LEGAL_AID_REGISTRY_BY_KEY.cases!.notBefore!({ openedOn: '2026-12-01', assignedOn: '2026-12-03' })).toBe('2026-12-03')
    expect(latest({}, ['openedOn'])).toBeNull()
  })

  it('shows rates and growth as percentages, "—" when there is nothing to compare', () => {
    expect(ratio({ numerator: 13, denominator: 20, fraction: 0.65 })).toBe('65.0%')
    expect(ratio({ numerator: 0, denominator: 0, fraction: null })).toBe('—')
    expect(growth(0.2)).toBe('+20.0%')
    expect(growth(-0.05)).toBe('-5.0%')
    expect(growth(null)).toBe('—')
  })
})
