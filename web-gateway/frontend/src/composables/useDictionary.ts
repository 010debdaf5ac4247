import { computed, ref, type Ref } from 'vue'
import { coreApi } from '@/api/core'
import type { DictionaryEntry } from '@/api/types'

// One request per code table per page load: code tables change with releases, not while someone works.
const cache = new Map<string, Promise<DictionaryEntry[]>>()

export function loadDictionary(type: string): Promise<DictionaryEntry[]> {
  let entries = cache.get(type)
  if (!entries) {
    entries = coreApi.dictionary(type).then((list) => [...list].sort((a, b) => a.sort - b.sort))
    // a failed load may be retried later
    entries.catch(() => cache.delete(type))
    cache.set(type, entries)
  }
  return entries
}

/** For tests. */
export function clearDictionaryCache(): void {
  cache.clear()
}

export interface Dictionary {
  entries: Ref<DictionaryEntry[]>
  loading: Ref<boolean>
  error: Ref<string | null>
  /** The Chinese label of a code; the code itself while loading or when unknown. */
  label: (code: string | null | undefined) => string
}

export function useDictionary(type: string): Dictionary {
  const entries = ref<DictionaryEntry[]>([])
  const loading = ref(true)
  const error = ref<string | null>(null)
  loadDictionary(type)
    .then((list) => (entries.value = list))
    .catch((e: Error) => (error.value = e.message))
    .finally(() => (loading.value = false))
  const byCode = computed(() => new Map(entries.value.map((e) => [e.code, e.label])))
  return {
    entries,
    loading,
    error,
    label: (code) => (code ? byCode.value.get(code) ?? code : ''),
  }
}

/**
 * Labels of codes from several code tables at once (e.g. a record's `ComplaintStatus` for its states in the
 * timeline): each table is loaded once per page load and shared. `labels` is a code → label map for components
 * that take one; `label(code)` gives the code itself while loading or when unknown.
 */
export function useLabels(...types: string[]): { labels: Ref<Record<string, string>>; label: (code: string | null | undefined) => string } {
  const dictionaries = types.map((t) => useDictionary(t))
  const labels = computed(() => {
    const all: Record<string, string> = {}
    for (const d of dictionaries) for (const e of d.entries.value) all[e.code] ??= e.label
    return all
  })
  return { labels, label: (code) => (code ? labels.value[code] ?? code : '') }
}
