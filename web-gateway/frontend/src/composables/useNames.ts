import { ref, watchEffect, type Ref } from 'vue'
import { coreApi } from '@/api/core'
import { http } from '@/api/http'
import type { OrganizationView } from '@/api/types'

/**
 * Names of divisions and organizations for codes and ids shown in lists. Each is asked for once per page load
 * (a list of 20 users usually names one or two organizations); an unknown one shows its code.
 */
const divisions = new Map<string, Promise<string>>()
const organizations = new Map<string, Promise<string>>()

function cached(cache: Map<string, Promise<string>>, key: string, load: () => Promise<string>): Promise<string> {
  let name = cache.get(key)
  if (!name) {
    name = load().catch(() => {
      cache.delete(key)
      return key
    })
    cache.set(key, name)
  }
  return name
}

export function divisionName(code: string): Promise<string> {
  return cached(divisions, code, () => coreApi.division(code).then((d) => d.name))
}

export function organizationName(id: string): Promise<string> {
  return cached(organizations, id, () =>
    http.get<OrganizationView>(`/api/core/v1/organizations/${encodeURIComponent(id)}`).then((o) => o.name),
  )
}

/** A reactive name for a reactive key; the key itself until the name arrives. */
export function useName(key: () => string | null | undefined, lookup: (key: string) => Promise<string>): Ref<string> {
  const name = ref('')
  watchEffect(() => {
    const k = key()
    name.value = k ?? ''
    if (k) lookup(k).then((n) => {
      if (key() === k) name.value = n
    })
  })
  return name
}
