import GENERATED from '@/api/generated/review.ts?raw'
import { describe, expect, it } from 'vitest'
import { initialModel, stepRules } from '@/components/steps'
import { NAVIGATION } from '@/features/layout/navigation'
import { SECTIONS } from '@/features/registry/sections'
import { applicationBody, LITIGATION, NORMATIVE_REVIEW_STEPS, normativeReviewCommands, normativeReviewText, RECONSIDERATION, REQUIREMENTS, REVIEW_REGISTRY } from './registry'
import { emptyParty, partiesBody, partiesText } from './parties'
import { growth, percent, ratesBar } from './statistics'
import { reviewRoutes } from './routes'

/** The service's paths and their operations as the generated types name them (docs/openapi/review.json). */
const pathBlock = (path: string): string | null => {
  const start = GENERATED.indexOf(`    "/api/review/v1/${path}": {`)
  return start < 0 ? null : GENERATED.slice(start, GENERATED.indexOf('\n    };', start))
}
/** The request body's property names of a POST, from the generated schema it names. */
const requestProps = (path: string): string[] => {
  const block = pathBlock(path) ?? ''
  const op = /post: operations\["([^"]+)"\]/.exec(block)?.[1]
  const opStart = GENERATED.indexOf(`    ${op}: {`)
  const schema = /"application\/json": components\["schemas"\]\["([^"]+)"\]/.exec(GENERATED.slice(opStart, opStart + 3000))?.[1]
  const start = GENERATED.indexOf(`        ${schema}: {`)
  const body = GENERATED.slice(start, GENERATED.indexOf('\n        };', start))
  return [...body.matchAll(/^ {12}(\w+)\??:/gm)].map((m) => m[1]!)
}

describe('review registers', () => {
  it.each(REVIEW_REGISTRY.map((e) => [e.key, e] as const))('%s: its list, detail, create and steps are paths of the API', (_k, e) => {
    expect(pathBlock(e.api), `GET ${e.api}`).toMatch(/get: operations/)
    expect(pathBlock(`${e.api}/{id}`), `GET ${e.api}/{id}`).toMatch(/get: operations/)
    if (e.create) expect(pathBlock(e.api), `POST ${e.api}`).toMatch(/post: operations/)
    for (const a of Object.keys(e.steps ?? {})) expect(pathBlock(`${e.api}/{id}/${a}`), `POST ${e.api}/{id}/${a}`).toMatch(/post: operations/)
  })

  it('offers a form for every step either workflow has', () => {
    const actions = (api: string) => [...GENERATED.matchAll(new RegExp(`"/api/review/v1/${api}/\\{id\\}/([a-z-]+)": \\{`, 'g'))].map((m) => m[1])
    expect(Object.keys(RECONSIDERATION.steps!).sort()).toEqual(actions('reconsiderations').sort())
    expect(Object.keys(LITIGATION.steps!).sort()).toEqual(actions('litigations').sort())
  })

  it('sends only fields the step\'s request has, and dates under the API\'s names', () => {
    for (const e of REVIEW_REGISTRY) {
      for (const [a, step] of Object.entries(e.steps ?? {})) {
        const known = requestProps(`${e.api}/{id}/${a}`)
        const body = (step.body ? step.body(initialModel(step)) : initialModel(step)) as Record<string, unknown>
        for (const k of Object.keys(body)) expect(known, `${e.key} ${a}: ${k}`).toContain(k)
      }
    }
  })

  it('reaches both registers and the statistics from the 行政复议应诉 menu, and has their pages', () => {
    const menu = NAVIGATION.find((n) => n.title === '行政复议应诉')!.children!.map((c) => c.path)
    expect(menu).toEqual(['/review', '/review/reconsiderations', '/review/litigations', '/review/statistics'])
    const paths = reviewRoutes.map((r) => r.path)
    expect(paths).toContain('review/reconsiderations')
    expect(paths).toContain('review/litigations')
    expect(paths).toContain('review/:kind(reconsiderations|litigations)/:id')
    expect(SECTIONS.review!.writeScope).toBe('review.write')
  })

  it('sends an application with structured parties, the respondent agency and the 附带审查 request', () => {
    const create = RECONSIDERATION.create!
    const model: Record<string, unknown> = {
      ...initialModel(create),
      applicants: [
        { ...emptyParty(), name: ' 张三 ', idNumber: '11010519491231002X', phone: '13800000001', agentName: '王律师', agentPhone: '' },
        { ...emptyParty(), kind: 'LEGAL_PERSON', name: '恒信物流有限公司', idNumber: '11010519491231002X', creditCode: '91430105562459083d' },
        { ...emptyParty(), name: '  ' },
      ],
      respondentName: '开福区市场监督管理局',
      actCategory: 'PENALTY',
      actDescription: '罚款2000元',
      knewOn: '2026-10-22',
      requests: '撤销',
      nrDocument: '《罚款裁量基准》',
      nrIssuingBody: '开福区人民政府',
    }
    const body = applicationBody(model)
    expect(requestProps('reconsiderations')).toEqual(expect.arrayContaining(Object.keys(body)))
    expect(body.respondentAgency).toEqual({ name: '开福区市场监督管理局', creditCode: null })
    expect(body.normativeReviews).toEqual([{ document: '《罚款裁量基准》', issuingBody: '开福区人民政府', provisions: null }])
    expect(body.applicants).toEqual([
      { kind: 'NATURAL_PERSON', name: '张三', idNumber: '11010519491231002X', creditCode: null, phone: '13800000001', address: null, agent: { name: '王律师', phone: null } },
      { kind: 'LEGAL_PERSON', name: '恒信物流有限公司', idNumber: null, creditCode: '91430105562459083D', phone: null, address: null, agent: null },
    ])
    expect(body.thirdParties).toEqual([])
    expect(applicationBody({ ...model, nrDocument: '' })).not.toHaveProperty('normativeReviews')
    expect(partiesBody(null)).toEqual([])
  })

  it('shows parties as the API gives them, masked numbers included', () => {
    const parties = [{ kind: 'NATURAL_PERSON', kindLabel: '自然人', name: '张三', idNumber: '110105********002X', phone: '138****0001', agent: { name: '王律师', phone: '139****0002' } }]
    expect(partiesText(parties)).toBe('张三(自然人,身份证 110105********002X,电话 138****0001,代理人 王律师 139****0002)')
    expect(partiesText([...parties, { name: '李四' }], false)).toBe('张三;李四')
    expect(partiesText(['王五'])).toBe('王五')
  })

  it('asks the acceptance for what its answer needs, and sends no procedure when not accepting', () => {
    const step = RECONSIDERATION.steps!.acceptance!
    const accept = { ...initialModel(step), procedure: 'SIMPLE' }
    expect(Object.keys(stepRules(step, null, accept).simpleGround as object)).toHaveLength(1)
    expect(stepRules(step, null, accept).reason).toEqual([])
    const refuse = { ...initialModel(step), decision: 'NOT_ACCEPT', reason: '不属于受理范围', competentBody: '长沙市人民政府', majorComplex: true }
    expect(stepRules(step, null, refuse).competentBody).toHaveLength(1)
    expect(step.body!(refuse)).toMatchObject({ decision: 'NOT_ACCEPT', procedure: null, simpleGround: null, majorComplex: null, competentBody: '长沙市人民政府' })
    expect(step.body!({ ...accept, simpleGround: 'SMALL_AMOUNT', competentBody: 'x' })).toMatchObject({ procedure: 'SIMPLE', simpleGround: 'SMALL_AMOUNT', competentBody: null, majorComplex: false })
  })

  it('classifies with the flags switched on only, so the others stay as they were', () => {
    const step = RECONSIDERATION.steps!.classification!
    const body = step.body!({ ...initialModel(step), majorComplex: true, note: '' }) as Record<string, unknown>
    expect(body).toMatchObject({ majorComplex: true, note: null })
    expect(body).not.toHaveProperty('highlyTechnical')
    expect(RECONSIDERATION.steps!.extension!.body!({ days: 30.4, approvedBy: '王某' })).toMatchObject({ days: 30 })
  })

  it('reads what a case lacks and its 附带审查 in words', () => {
    const field = RECONSIDERATION.fields.find((f) => f.prop === 'outstandingRequirements')!
    expect(field.format!(['hearing-required', 'committee-consultation-required'], {})).toBe(`${REQUIREMENTS['hearing-required']};${REQUIREMENTS['committee-consultation-required']}`)
    expect(normativeReviewText({ document: '《基准》', issuingBody: '区政府', startedOn: null })).toBe('申请人一并提出,尚未启动')
    expect(normativeReviewText({ document: '《基准》', issuingBody: '区政府', startedOn: '2026-11-10', competent: true, pending: true })).toBe('2026-11-10 启动,本机关有权处理;进行中(行政复议中止)')
    const rows = RECONSIDERATION.fields.find((f) => f.prop === 'normativeReviews')!
    expect(rows.kind).toBe('rows')
    expect(rows.rows!.find((c) => c.prop === 'document')!.format!('《基准》', { provisions: '第5条' })).toBe('《基准》(第5条)')
  })

  it('offers each 附带审查\'s own steps as buttons posted to its path, titled with its document', () => {
    const record = {
      normativeReviews: [
        { id: 'n1', document: '《裁量基准》', allowedActions: ['notice', 'result'] },
        { id: 'n2', document: '《程序规定》', allowedActions: ['start'] },
        { id: 'n3', document: '《已办结》', allowedActions: [] },
      ],
    }
    const commands = normativeReviewCommands(record)
    expect(Object.keys(commands)).toEqual(['normative-reviews/n1/notice', 'normative-reviews/n1/result', 'normative-reviews/n2/start'])
    expect(commands['normative-reviews/n1/notice']!.title).toBe('通知制定机关答复:《裁量基准》')
    expect(RECONSIDERATION.commands!(record)).toEqual(commands)
    expect(normativeReviewCommands({})).toEqual({})
    for (const [a, step] of Object.entries(NORMATIVE_REVIEW_STEPS)) {
      const path = `reconsiderations/{id}/normative-reviews/{reviewId}/${a}`
      expect(pathBlock(path), `POST ${path}`).toMatch(/post: operations/)
      const known = requestProps(path)
      const body = (step.body ? step.body(initialModel(step)) : initialModel(step)) as Record<string, unknown>
      for (const k of Object.keys(body)) expect(known, `${a}: ${k}`).toContain(k)
    }
  })

  it('links a reconsideration to its lawsuits and a lawsuit back', () => {
    expect(RECONSIDERATION.links!({ id: 'r1' })).toEqual([{ label: '行政应诉案件', to: '/review/litigations?relatedReconsiderationId=r1' }])
    expect(LITIGATION.links!({ relatedReconsiderationId: 'r1' })).toEqual([{ label: '查看行政复议案件', to: '/review/reconsiderations/r1' }])
    expect(LITIGATION.links!({})).toEqual([])
  })

  it('requires a reason when staff appear for an absent head', () => {
    const step = LITIGATION.steps!.hearings!
    expect(stepRules(step, null, { appearanceRole: 'STAFF' }).absenceReason).toHaveLength(1)
    expect(stepRules(step, null, { appearanceRole: 'DEPUTY_HEAD' }).absenceReason).toEqual([])
  })

  it('shows rates and growth as the statistics cards do', () => {
    expect(percent({ numerator: 4, denominator: 57, fraction: 4 / 57 })).toBe('7.0%')
    expect(percent({ numerator: 0, denominator: 0, fraction: undefined })).toBe('—')
    expect(growth(0.721)).toBe('+72.1%')
    expect(growth(-0.169)).toBe('−16.9%')
    expect(growth(null)).toBe('—')
    const option = ratesBar({ reconsideration: { correctionRate: { numerator: 1, denominator: 4, fraction: 0.25 } }, litigation: {} }) as { series: { data: unknown[] }[] }
    expect(option.series[0]!.data).toEqual([null, 25, null, null, null, null])
  })
})
