import { describe, expect, it } from 'vitest'
import { listQuery, readListQuery, sameQuery } from './urlQuery'

const defaults = { page: 0, size: 20, sort: 'receivedOn,desc' }

describe('list state in the address', () => {
  it('writes the filters that are set, the page counted from 1, and leaves out defaults', () => {
    expect(listQuery({}, { status: 'OPEN', q: '', agencyId: null }, { page: 2, size: 20, sort: 'receivedOn,desc' }, defaults)).toEqual({ status: 'OPEN', page: '3' })
  })

  it("keeps the address's other parameters (a tab) and replaces its own", () => {
    const q = listQuery({ tab: 'mine', status: 'OLD', page: '4' }, { status: null }, { page: 0, size: 50, sort: 'caseNumber,asc' }, defaults)
    expect(q).toEqual({ tab: 'mine', size: '50', sort: 'caseNumber,asc' })
  })

  it('reads filters back typed as they were, and the position', () => {
    const filters: Record<string, unknown> = { status: null, overdue: false, codes: [], q: '' }
    const position = readListQuery({ status: 'OVERDUE', overdue: 'true', codes: ['A', 'B'], page: '3', size: '999' }, filters, defaults)
    expect(filters).toEqual({ status: 'OVERDUE', overdue: true, codes: ['A', 'B'], q: '' })
    expect(position).toEqual({ page: 2, size: 20, sort: 'receivedOn,desc' })
  })

  it('round-trips: what it writes it reads back', () => {
    const written = listQuery({}, { status: 'FILED', q: '规范' }, { page: 1, size: 10, sort: 'filedOn,asc' }, defaults)
    const filters: Record<string, unknown> = { status: null, q: '' }
    const position = readListQuery(written as never, filters, defaults)
    expect(filters).toEqual({ status: 'FILED', q: '规范' })
    expect(position).toEqual({ page: 1, size: 10, sort: 'filedOn,asc' })
  })

  it('compares queries regardless of key order', () => {
    expect(sameQuery({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true)
    expect(sameQuery({ a: '1' }, { a: '1', page: '2' })).toBe(false)
  })
})
