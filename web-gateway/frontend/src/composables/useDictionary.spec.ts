import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, stubFetch } from '@/test-utils'
import { clearDictionaryCache, useDictionary, useLabels } from './useDictionary'

const STATUSES = [
  { code: 'INVESTIGATING', label: '调查中', sort: 2 },
  { code: 'RECEIVED', label: '已受理', sort: 1 },
]

describe('dictionary labels', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    clearDictionaryCache()
  })

  it('labels codes from the server code table, in its sort order, with one request per type', async () => {
    const fetch = stubFetch(() => jsonResponse(200, STATUSES))
    const a = useDictionary('ComplaintStatus')
    const b = useDictionary('ComplaintStatus')
    expect(a.label('RECEIVED')).toBe('RECEIVED') // the code while loading
    await flushPromises()

    expect(a.label('RECEIVED')).toBe('已受理')
    expect(b.label('INVESTIGATING')).toBe('调查中')
    expect(a.entries.value.map((e) => e.code)).toEqual(['RECEIVED', 'INVESTIGATING'])
    expect(a.label('UNKNOWN')).toBe('UNKNOWN')
    expect(a.label(null)).toBe('')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls[0]![0]).toBe('/api/core/v1/dictionaries/ComplaintStatus')
  })

  it('merges several code tables into one label map, each loaded once', async () => {
    const fetch = stubFetch((url) =>
      url.endsWith('/MediationAction') ? jsonResponse(200, [{ code: 'accept', label: '受理', sort: 1 }]) : jsonResponse(200, [{ code: 'REGISTERED', label: '已登记', sort: 1 }]),
    )
    const { labels, label } = useLabels('MediationCaseStatus', 'MediationAction')
    useLabels('MediationAction')
    await flushPromises()

    expect(labels.value).toEqual({ REGISTERED: '已登记', accept: '受理' })
    expect(label('accept')).toBe('受理')
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('retries a code table whose load failed', async () => {
    let calls = 0
    stubFetch(() => (++calls === 1 ? jsonResponse(503, { status: 503, detail: '暂不可用' }, 'application/problem+json') : jsonResponse(200, STATUSES)))
    const failed = useDictionary('ComplaintStatus')
    await flushPromises()
    expect(failed.error.value).not.toBeNull()

    const again = useDictionary('ComplaintStatus')
    await flushPromises()
    expect(again.label('RECEIVED')).toBe('已受理')
  })
})
