import { ref } from 'vue'
import { http } from '@/api/http'
import type { PageView } from '@/api/types'
import type { DeadlineUnit } from '@/utils/worklist'

interface RuleRow {
  code: string
  unit?: DeadlineUnit
  provinceCode?: string | null
}

/** Rule code (a deadline's `kind`) → its unit; the national default, a province's own setting where it has one. */
const units = ref<Map<string, DeadlineUnit> | null>(null)
let loading: Promise<void> | null = null

async function loadUnits(): Promise<void> {
  const map = new Map<string, DeadlineUnit>()
  const provincial = new Map<string, DeadlineUnit>()
  for (let page = 0; page < 10; page++) {
    const p = await http.get<PageView<RuleRow>>('/api/core/v1/deadline-rules', { page, size: 200 })
    for (const r of p.content) {
      if (!r.unit) continue
      if (r.provinceCode) provincial.set(r.code, r.unit)
      else map.set(r.code, r.unit)
    }
    if (page + 1 >= p.page.totalPages) break
  }
  for (const [code, unit] of provincial) if (!map.has(code)) map.set(code, unit)
  units.value = map
}

/** The unit of each deadline kind, loaded once per page load (the list of rules is short). */
export function useDeadlineUnits() {
  loading ??= loadUnits().catch(() => {
    loading = null
    units.value = new Map()
  })
  return { unitOf: (kind: string | null | undefined): DeadlineUnit | null => (kind && units.value?.get(kind)) || null, units }
}
