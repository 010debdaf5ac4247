import CORE from '@/api/generated/core.ts?raw'
import { describe, expect, it } from 'vitest'
import { CLIENT_SCOPES, provinceOf, ROLE_SCOPES, scopeLabel } from './roles'
import { mayChangeProvince, ruleRows } from './deadline-rules/rules'

type Rule = Parameters<typeof ruleRows>[0][number]
const rule = (code: string, provinceCode: string | null, amount: number): Rule =>
  ({ code, provinceCode: provinceCode as string, amount, unit: 'CALENDAR_DAY', unitLabel: '日', label: code, basis: 'b', anchorEvent: 'a', expiry: false, updatedAt: '', updatedBy: '', version: 0 })

describe('admin pages', () => {
  it('names every scope a role grants, read-only roles with no write scope', () => {
    for (const r of ROLE_SCOPES) {
      for (const s of r.scopes) expect(scopeLabel(s), s).not.toBe(s)
      expect(r.readOnly, r.code).toBe(!r.scopes.some((s) => s.endsWith('.write') || s === 'core.admin'))
    }
    expect(CLIENT_SCOPES.length).toBeGreaterThan(0)
    // the role codes are the server's (dictionary `Role`, core.json)
    expect(ROLE_SCOPES.map((r) => r.code)).toContain('BUREAU_LEADER')
  })

  it('pairs each national rule with the chosen province\'s setting only', () => {
    const rows = ruleRows([rule('B', null, 60), rule('A', null, 30), rule('A', '430000', 20), rule('A', '330000', 10)], '430000')
    expect(rows.map((r) => r.key)).toEqual(['A', 'B'])
    expect(rows[0]!.province?.amount).toBe(20)
    expect(rows[1]!.province).toBeNull()
    expect(ruleRows([rule('A', '430000', 20), rule('A', null, 30)], null)[0]!.province).toBeNull()
  })

  it('sets the rules of the admin\'s own province', () => {
    expect(provinceOf('430105')).toBe('430000')
    expect(provinceOf('430105001')).toBe('430000')
    expect(provinceOf(null)).toBeNull()
  })

  it('offers to change a province\'s rules only to an admin of that province (the server answers 403 to others)', () => {
    expect(mayChangeProvince('430000', '430000')).toBe(true)
    expect(mayChangeProvince('430105', '430000')).toBe(false)
    expect(mayChangeProvince('430100', '430000')).toBe(false)
    expect(mayChangeProvince('330000', '430000')).toBe(false)
    expect(mayChangeProvince('430000', null)).toBe(false)
  })

  it('calls only paths the core API has', () => {
    for (const path of ['/api/core/v1/deadline-rules/{code}/provinces/{provinceCode}', '/api/core/v1/audit-events', '/api/core/v1/api-call-log', '/api/core/v1/dictionaries/{type}']) {
      expect(CORE, path).toContain(`"${path}": {`)
    }
  })
})
