import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/**
 * A list's filters, page, size and sort in the address (`?status=OPEN&page=2&sort=receivedOn,desc`), so that
 * opening a record and coming back, or reloading, keeps them. Empty filters and the defaults are left out.
 */
export interface ListPosition {
  page: number
  size: number
  sort: string
}

const PAGING = ['page', 'size', 'sort'] as const

type FilterValue = string | number | boolean | null | undefined | readonly unknown[]

/** The query for a list's state, keeping the address's other parameters (a tab, say). */
export function listQuery(
  current: LocationQuery,
  filters: Record<string, FilterValue>,
  position: ListPosition,
  defaults: ListPosition,
): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const [k, v] of Object.entries(current)) if (!(k in filters) && !(PAGING as readonly string[]).includes(k)) query[k] = v
  for (const [k, v] of Object.entries(filters)) {
    if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) continue
    query[k] = Array.isArray(v) ? v.map(String) : String(v)
  }
  if (position.page !== defaults.page) query.page = String(position.page + 1)
  if (position.size !== defaults.size) query.size = String(position.size)
  if (position.sort && position.sort !== defaults.sort) query.sort = position.sort
  return query
}

const first = (v: LocationQuery[string] | undefined): string | null => (Array.isArray(v) ? v[0] ?? null : v ?? null)

/**
 * Puts the address's values into the filters (typed as the filter's current value: booleans, numbers, arrays)
 * and returns the list position it names.
 */
export function readListQuery(query: LocationQuery, filters: Record<string, unknown>, defaults: ListPosition): ListPosition {
  for (const k of Object.keys(filters)) {
    const raw = query[k]
    if (raw == null) continue
    const current = filters[k]
    if (Array.isArray(current)) filters[k] = (Array.isArray(raw) ? raw : [raw]).filter((x): x is string => x != null)
    else {
      const v = first(raw)
      if (v == null) continue
      filters[k] = typeof current === 'boolean' ? v === 'true' : typeof current === 'number' ? Number(v) : v
    }
  }
  const page = Number(first(query.page))
  const size = Number(first(query.size))
  return {
    page: Number.isInteger(page) && page >= 1 ? page - 1 : defaults.page,
    size: Number.isInteger(size) && size > 0 && size <= 200 ? size : defaults.size,
    sort: first(query.sort) ?? defaults.sort,
  }
}

/** Whether two queries name the same state (order of keys aside). */
export function sameQuery(a: LocationQueryRaw, b: LocationQueryRaw): boolean {
  const norm = (q: LocationQueryRaw) => JSON.stringify(Object.entries(q).filter(([, v]) => v != null).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]).sort())
  return norm(a) === norm(b)
}
