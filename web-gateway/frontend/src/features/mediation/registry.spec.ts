import GENERATED from '@/api/generated/mediation.ts?raw'
import { describe, expect, it } from 'vitest'
import { initialModel } from '@/components/steps'
import { NAVIGATION } from '@/features/layout/navigation'
import { MEDIATION_REGISTRY, MEDIATION_REGISTRY_BY_KEY, membersBody, partiesBody } from './registry'

/** The service's paths and their operations as the generated types name them (docs/openapi/mediation.json). */
const pathBlock = (path: string): string | null => {
  const start = GENERATED.indexOf(`    "/api/mediation/v1/${path}": {`)
  return start < 0 ? null : GENERATED.slice(start, GENERATED.indexOf('\n    };', start))
}

describe('mediation registers', () => {
  it.each(MEDIATION_REGISTRY.map((e) => [e.key, e] as const))('%s: its list, detail, create, edit, steps and commands are paths of the API', (_k, e) => {
    expect(pathBlock(e.api), `GET ${e.api}`).toMatch(/get: operations/)
    if (!e.noDetail) expect(pathBlock(`${e.api}/{id}`), `GET ${e.api}/{id}`).toMatch(/get: operations/)
    if (e.create) expect(pathBlock(e.api), `POST ${e.api}`).toMatch(/post: operations/)
    if (e.edit) expect(pathBlock(`${e.api}/{id}`), `PUT ${e.api}/{id}`).toMatch(/put: operations/)
    const actions = [...Object.keys(e.steps ?? {}), ...Object.keys(e.commands?.({}) ?? {})]
    for (const a of actions) expect(pathBlock(`${e.api}/{id}/${a}`), `POST ${e.api}/{id}/${a}`).toMatch(/post: operations/)
  })

  it('reaches every register from the 人民调解 menu', () => {
    const menu = NAVIGATION.find((n) => n.title === '人民调解')!.children!.map((c) => c.path)
    for (const e of MEDIATION_REGISTRY) expect(menu, e.key).toContain(`/mediation/${e.key}`)
    expect(menu).toContain('/mediation/incentives')
  })

  it('sends a committee\'s members without blank rows, and its first term from the form\'s date', () => {
    const create = MEDIATION_REGISTRY_BY_KEY.committees!.create!
    const model: Record<string, unknown> = { ...initialModel(create), name: ' 望麓园街道人民调解委员会 ', type: 'TOWNSHIP_STREET', address: '' }
    model.members = [
      { name: ' 李四 ', gender: 'FEMALE', position: 'DIRECTOR', ethnicMinority: false, mediatorId: null },
      { name: '  ', gender: null, position: 'MEMBER', ethnicMinority: false, mediatorId: null },
    ]
    const body = create.body!(model) as Record<string, unknown>
    expect(body).toMatchObject({ name: '望麓园街道人民调解委员会', address: null, establishedOn: model.termStartOn })
    expect(body.members).toEqual([{ name: '李四', gender: 'FEMALE', position: 'DIRECTOR', ethnicMinority: false, mediatorId: null }])
    expect(membersBody(null)).toEqual([])
  })

  it('renews a committee with its present members to start from', () => {
    const renew = MEDIATION_REGISTRY_BY_KEY.committees!.commands!({ members: [{ name: '王五', gender: 'MALE', position: 'MEMBER', positionLabel: '委员' }] }).renew!
    expect(initialModel(renew).members).toEqual([{ name: '王五', gender: 'MALE', position: 'MEMBER', ethnicMinority: false, mediatorId: null }])
  })

  it('edits a mediator starting from the record, and a screening turns its two names into parties', () => {
    const edit = MEDIATION_REGISTRY_BY_KEY.mediators!.edit!({ name: '张三', gender: 'MALE', employment: 'FULL_TIME', specialties: null, version: 3 })!
    expect(initialModel(edit)).toMatchObject({ name: '张三', gender: 'MALE', employment: 'FULL_TIME', specialties: [] })
    expect(partiesBody({ applicantName: ' 甲 ', respondentName: '' })).toEqual([{ role: 'APPLICANT', kind: 'PERSON', name: '甲' }])
    const create = MEDIATION_REGISTRY_BY_KEY.screenings!.create!
    const body = create.body!({ ...initialModel(create), applicantName: '甲', respondentName: '乙', summary: '宅基地边界' }) as Record<string, unknown>
    expect(body).not.toHaveProperty('applicantName')
    expect(body.parties).toHaveLength(2)
  })

  it('opens the case a screening became, and a mediator\'s subsidies', () => {
    expect(MEDIATION_REGISTRY_BY_KEY.screenings!.links!({ caseId: 'c1' })).toEqual([{ label: '查看调解案件', to: '/mediation/cases/c1' }])
    expect(MEDIATION_REGISTRY_BY_KEY.screenings!.links!({ caseId: null })).toEqual([])
    expect(MEDIATION_REGISTRY_BY_KEY.mediators!.links!({ id: 'm1' })[0]!.to).toBe('/mediation/incentives?mediatorId=m1')
  })
})
