import type { CoreSchemas, DeepAnswer } from '@/api/schemas'

type Rule = DeepAnswer<CoreSchemas['DeadlineRuleView']>

/** One deadline rule as the page shows it: the national default and the chosen province's setting, if any. */
export interface RuleRow {
  key: string
  national: Rule
  province: Rule | null
}

export const UNITS = [
  { code: 'CALENDAR_DAY', label: '日' },
  { code: 'WORKING_DAY', label: '工作日' },
  { code: 'MONTH', label: '月' },
  { code: 'HOUR', label: '小时' },
] as const

/** Pairs each national rule with the province's setting of the same code (other provinces' left out), by code. */
export function ruleRows(rules: readonly Rule[], province: string | null): RuleRow[] {
  const national = rules.filter((r) => r.provinceCode == null)
  return national
    .map((n) => ({ key: n.code, national: n, province: (province && rules.find((r) => r.code === n.code && r.provinceCode === province)) || null }))
    .sort((a, b) => a.national.code.localeCompare(b.national.code))
}

/**
 * Whether an admin of `divisionCode` may set `province`'s rules: the server allows it only where the province lies in the
 * admin's scope (DeadlineRuleController), i.e. for an admin of the province itself; a county's or city's admin reads them.
 */
export function mayChangeProvince(divisionCode: string | null | undefined, province: string | null): boolean {
  return !!province && divisionCode === province
}
