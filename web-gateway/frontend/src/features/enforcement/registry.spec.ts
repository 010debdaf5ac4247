import GENERATED from '@/api/generated/enforcement.ts?raw'
import { describe, expect, it } from 'vitest'
import { NAVIGATION } from '@/features/layout/navigation'
import { blankToNull, initialModel } from '@/components/steps'
import { plainValue, REGISTRY, REGISTRY_BY_KEY } from './registry'

/** The service's paths as the generated types name them (docs/openapi/enforcement.json). */
const pathBlock = (path: string): string | null => {
  const start = GENERATED.indexOf(`    "/api/enforcement/v1/${path}": {`)
  return start < 0 ? null : GENERATED.slice(start, GENERATED.indexOf('\n    };', start))
}

describe('enforcement registers', () => {
  it.each(REGISTRY.map((e) => [e.key, e] as const))('%s: its list, detail, create and steps are paths of the API', (_key, e) => {
    expect(pathBlock(e.api), `GET ${e.api}`).toMatch(/get: operations/)
    if (!e.noDetail) expect(pathBlock(`${e.api}/{id}`), `GET ${e.api}/{id}`).toMatch(/get: operations/)
    if (e.create) expect(pathBlock(e.api), `POST ${e.api}`).toMatch(/post: operations/)
    for (const action of Object.keys(e.steps ?? {})) expect(pathBlock(`${e.api}/{id}/${action}`), `POST ${e.api}/{id}/${action}`).toMatch(/post: operations/)
  })

  it('reaches every register from the 行政执法监督 menu', () => {
    const menu = NAVIGATION.find((n) => n.title === '行政执法监督')!.children!.map((c) => c.path)
    for (const e of REGISTRY) expect(menu, e.key).toContain(`/enforcement/${e.key}`)
  })

  it('sends a score with one deduction, or none when no item is named', () => {
    const score = REGISTRY_BY_KEY['file-reviews']!.steps!.scores!
    const model = { ...initialModel(score), reviewerId: 'o1', itemCode: ' A1 ', points: 2, note: '' }
    expect(score.body!(model)).toMatchObject({ reviewerId: 'o1', deductions: [{ itemCode: 'A1', points: 2, note: null }] })
    expect(score.body!({ ...model, itemCode: '' })).toMatchObject({ deductions: [] })
  })

  it('checks in with the officers and the moment of the scan', () => {
    const checkIn = REGISTRY_BY_KEY.inspections!.steps!['check-in']!
    const body = checkIn.body!({ checkInCode: ' QR-1 ', officerIds: ['a', 'b'] }) as Record<string, unknown>
    expect(body).toMatchObject({ checkInCode: 'QR-1', officerIds: ['a', 'b'] })
    expect(String(body.checkedInAt)).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('creates a normative-document filing dated today unless changed, blank optional fields sent as null', () => {
    const create = REGISTRY_BY_KEY['normative-documents']!.create!
    const model = initialModel(create)
    expect(model.filedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(blankToNull({ ...model, title: ' 关于… ' })).toMatchObject({ title: '关于…', documentNo: null })
  })

  it('shows plain values in Chinese: yes/no, two-decimal amounts, shares as percent', () => {
    expect(plainValue({ prop: 'x', label: '', kind: 'bool' }, true)).toBe('是')
    expect(plainValue({ prop: 'x', label: '', kind: 'amount' }, 12000.5)).toBe('12,000.50')
    expect(plainValue({ prop: 'x', label: '', kind: 'percent' }, 0.125)).toBe('12.5%')
    expect(plainValue({ prop: 'x', label: '' }, null)).toBe('')
  })
})
