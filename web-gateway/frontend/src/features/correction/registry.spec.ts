import GENERATED from '@/api/generated/correction.ts?raw'
import { describe, expect, it } from 'vitest'
import { initialModel } from '@/components/steps'
import { NAVIGATION } from '@/features/layout/navigation'
import { routes } from '@/router'
import { createMemoryHistory, createRouter } from 'vue-router'
import { approveStep, CORRECTION_REGISTRY, CORRECTION_REGISTRY_BY_KEY, extensionBody, opinionBody, SUB_RECORDS, withPerson } from './registry'
import { percentOf, rateText } from './statistics'

/** The service's paths and their operations as the generated types name them (docs/openapi/correction.json). */
const pathBlock = (path: string): string | null => {
  const start = GENERATED.indexOf(`    "/api/correction/v1/${path}": {`)
  return start < 0 ? null : GENERATED.slice(start, GENERATED.indexOf('\n    };', start))
}
/** The handover is declared under `{subjectId}`, the other steps under `{id}`. */
const stepPath = (api: string, a: string) => (pathBlock(`${api}/{id}/${a}`) ? `${api}/{id}/${a}` : `${api}/{subjectId}/${a}`)

describe('correction registers', () => {
  it.each(CORRECTION_REGISTRY.map((e) => [e.key, e] as const))('%s: its list, detail, create, steps and commands are paths of the API', (_k, e) => {
    expect(pathBlock(e.api), `GET ${e.api}`).toMatch(/get: operations/)
    expect(pathBlock(`${e.api}/{id}`), `GET ${e.api}/{id}`).toMatch(/get: operations/)
    if (e.create) expect(pathBlock(e.api), `POST ${e.api}`).toMatch(/post: operations/)
    const actions = [...Object.keys(e.steps ?? {}), ...Object.keys(e.commands?.({ status: 'DISCHARGED' }) ?? {})]
    for (const a of actions) expect(pathBlock(stepPath(e.api, a)), `POST ${e.api}/{id}/${a}`).toMatch(/post: operations/)
  })

  it.each(SUB_RECORDS.map((s) => [s.path, s] as const))('a subject\'s %s: list, create and row steps are paths of the API', (_p, s) => {
    const block = pathBlock(`subjects/{id}/${s.path}`)
    expect(block, `GET/POST subjects/{id}/${s.path}`).toMatch(/get: operations/)
    expect(block).toMatch(/post: operations/)
    for (const a of Object.keys(s.steps ?? {})) {
      const path = s.single ? `subjects/{id}/${s.path}/${a}` : `subjects/{id}/${s.path}/{${s.path === 'transfer' ? 'transferId' : 'leaveId'}}/${a}`
      expect(pathBlock(path), `POST ${path}`).toMatch(/post: operations/)
    }
  })

  it('lists a subject\'s reports from a path of the API', () => {
    expect(pathBlock('subjects/{id}/check-ins'), 'GET/POST subjects/{id}/check-ins').toMatch(/get: operations/)
  })

  it('offers a step for every action a subject, investigation or released person can allow', () => {
    const service = ['report-in', 'team', 'plan', 'supervision-level', 'check-ins', 'measures', 'lost-contact', 'found', 'revocation-rejected', 'discharge-preparation', 'end']
    expect(Object.keys(CORRECTION_REGISTRY_BY_KEY.subjects!.steps!).sort()).toEqual([...service].sort())
    expect(SUB_RECORDS.map((s) => s.path).sort()).toEqual(['community-service', 'education-records', 'electronic-monitoring', 'home-visits', 'leave-requests', 'psychological-assessments', 'transfer'])
    expect(Object.keys(CORRECTION_REGISTRY_BY_KEY['released-persons']!.steps!).sort()).toEqual(['end', 'pick-up', 'team', 'verification'])
    expect(Object.keys(CORRECTION_REGISTRY_BY_KEY.investigations!.steps!).sort()).toEqual(['extension', 'opinion'])
  })

  it('extends an assessment by whole working days or to a date, never both', () => {
    const base = { agreedBy: ' 张法官 ', reason: '补充走访', agreedOn: '2026-02-26' }
    expect(extensionBody({ ...base, workingDays: 5, dueOn: '' })).toEqual({ agreedBy: '张法官', reason: '补充走访', agreedOn: '2026-02-26', workingDays: 5, dueOn: null })
    expect(extensionBody({ ...base, workingDays: 2.6, dueOn: null })).toMatchObject({ workingDays: 2, dueOn: null })
    expect(extensionBody({ ...base, workingDays: 3, dueOn: '2026-03-12' })).toMatchObject({ workingDays: null, dueOn: '2026-03-12' })
    expect(extensionBody({ ...base, workingDays: null, dueOn: '2026-03-12' })).toMatchObject({ workingDays: null, dueOn: '2026-03-12' })
  })

  it('reaches every register, the leave list, the alerts and the statistics from the 社区矫正 menu', () => {
    const menu = NAVIGATION.find((n) => n.title === '社区矫正')!.children!.map((c) => c.path)
    for (const e of CORRECTION_REGISTRY) expect(menu, e.key).toContain(`/correction/${e.key}`)
    expect(menu).toEqual(expect.arrayContaining(['/correction', '/correction/leave-requests', '/correction/alerts', '/correction/statistics']))
  })

  it('has a page for every link the service writes in deadlines and alerts', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    for (const link of ['/correction/investigations/i1', '/correction/subjects/s1', '/correction/released-persons/r1']) {
      const matched = router.resolve(link).matched
      expect(matched.at(-1)?.name, link).not.toBe('not-found')
      expect(matched.at(-1)?.meta.scopes, link).toEqual(['correction.read'])
    }
  })

  it('sends the person of an intake as the API\'s person object, blanks as null', () => {
    const create = CORRECTION_REGISTRY_BY_KEY.subjects!.create!
    const model: Record<string, unknown> = { ...initialModel(create), personName: ' 王强 ', idNumber: '430105198506010017', phone: '', crime: '盗窃罪' }
    const body = withPerson(model)
    expect(body.person).toEqual({ name: '王强', idNumber: '430105198506010017', phone: null })
    expect(body).not.toHaveProperty('personName')
    expect(body).toMatchObject({ crime: '盗窃罪', judgmentEffectiveOn: model.judgmentEffectiveOn })
  })

  it('checks the ID number and the phone of an intake form', () => {
    const rules = CORRECTION_REGISTRY_BY_KEY.investigations!.create!.rules as Record<string, { validator?: (r: unknown, v: string, cb: (e?: Error) => void) => void }[]>
    const check = (prop: string, v: string) => {
      let error: Error | undefined
      for (const r of rules[prop]!) r.validator?.({}, v, (e) => (error = error ?? e))
      return error?.message
    }
    expect(check('idNumber', '11010519491231002X')).toBeUndefined()
    expect(check('idNumber', '110105194912310021')).toBeTruthy()
    expect(check('phone', '13800138000')).toBeUndefined()
    expect(check('phone', '1380000')).toBe('联系电话格式不正确')
  })

  it('sends the opinion 适宜 / 不适宜 as the boolean the API takes', () => {
    expect(opinionBody({ suitable: 'SUITABLE', opinion: ' 适宜 ', submittedOn: '2026-12-01' })).toEqual({ suitable: true, opinion: '适宜', submittedOn: '2026-12-01' })
    expect(opinionBody({ suitable: 'NOT_SUITABLE', opinion: '' }).suitable).toBe(false)
    expect(opinionBody({ suitable: null }).suitable).toBeNull()
  })

  it('starts a leave approval at the level the service computed', () => {
    expect(initialModel(approveStep({ requiredLevel: 'HIGHER_AGENCY' })).approverLevel).toBe('HIGHER_AGENCY')
    expect(initialModel(approveStep({})).approverLevel).toBeNull()
  })

  it('offers the handover to 安置帮教 only for a discharged subject, and links its released-person list', () => {
    const subjects = CORRECTION_REGISTRY_BY_KEY.subjects!
    expect(Object.keys(subjects.commands!({ status: 'UNDER_CORRECTION' }))).toEqual([])
    expect(Object.keys(subjects.commands!({ status: 'DISCHARGED' }))).toEqual(['resettlement-handover'])
    expect(subjects.links!({ status: 'DISCHARGED', personName: '王强' })[0]!.to).toBe(`/correction/released-persons?q=${encodeURIComponent('王强')}`)
    expect(CORRECTION_REGISTRY_BY_KEY['released-persons']!.links!({ sourceSubjectId: 's1' })[0]!.to).toBe('/correction/subjects/s1')
  })

  it('shows a rate as percent with its counts, and nothing counted as —', () => {
    expect(rateText({ numerator: 12, denominator: 13, fraction: 12 / 13 })).toBe('92.3%(12/13)')
    expect(rateText({ numerator: 0, denominator: 0, fraction: 0 })).toBe('—')
    expect(percentOf(null)).toBeNull()
  })
})
