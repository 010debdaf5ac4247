import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from './index'

/** The `link` values the services write on deadlines and notifications (Workflows.open, CaseWorkflow, CommitteeService). */
const LINKS = [
  '/mediation/cases/3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10',
  '/mediation/committees/3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10',
  '/enforcement/complaints/3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10',
  ...['inspections', 'normative-documents', 'major-decision-reviews', 'penalty-filings', 'officers', 'file-reviews', 'file-review-plans', 'legality-reviews']
    .map((type) => `/enforcement/${type}/3f1c2a9e-8d7b-4c61-9a0e-2b5d7f4e8c10`),
]

describe('deadline and notification links', () => {
  const router = createRouter({ history: createMemoryHistory(), routes })

  it.each(LINKS)('%s opens a page, not the 404 page', (link) => {
    const route = router.resolve(link)
    expect(route.name).not.toBe('not-found')
    expect(route.matched.length).toBeGreaterThan(1)
  })

  it.each(['inspections', 'normative-documents', 'major-decision-reviews', 'penalty-filings', 'legality-reviews', 'officers', 'file-reviews', 'file-review-plans', 'actions'])(
    'opens an enforcement %s link on its register detail page',
    (kind) => {
      const route = router.resolve(`/enforcement/${kind}/x1`)
      const props = route.matched.at(-1)!.props.default as (r: typeof route) => Record<string, unknown>
      expect(props(route)).toEqual({ kind, id: 'x1', section: 'enforcement' })
    },
  )

  it('keeps the import page apart from the action detail', () => {
    expect(router.resolve('/enforcement/actions/import').meta.title).toBe('执法数据导入')
  })

  it('still shows the 404 page for an unknown enforcement path', () => {
    expect(router.resolve('/enforcement/unknown-things/1').name).toBe('not-found')
  })
})
