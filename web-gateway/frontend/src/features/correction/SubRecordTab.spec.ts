import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { jsonResponse, stubFetch, submit, typeInto } from '@/test-utils'
import { clearDictionaryCache } from '@/composables/useDictionary'
import { today } from '@/utils/format'
import SubRecordTab from './SubRecordTab.vue'
import { SUB_RECORDS } from './registry'

const SUBJECT = '/api/correction/v1/subjects/s1'
const def = (path: string) => SUB_RECORDS.find((s) => s.path === path)!
const page = (content: unknown[]) => ({ content, page: { size: 20, number: 0, totalElements: content.length, totalPages: 1 } })

describe('SubRecordTab (走访记录, 心理评估)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    clearDictionaryCache()
    document.body.innerHTML = ''
  })

  it('lists home visits a page at a time and posts a new one with the subject ETag and the place defaulting to 家庭', async () => {
    const fetch = stubFetch((url, init) => {
      if (url.includes('/dictionaries/')) return jsonResponse(200, [{ code: 'HOME', label: '家庭', sort: 1 }])
      if (init?.method === 'POST') return jsonResponse(201, { id: 'v2', version: 0 })
      return jsonResponse(200, page([{ id: 'v1', visitedOn: '2026-12-03', place: 'HOME', placeLabel: '家庭', visitor: '王社工', findings: '家庭关系和睦' }]))
    })
    const tab = mount(SubRecordTab, {
      props: { def: def('home-visits'), subjectUrl: SUBJECT, allowed: ['home-visits'], etag: '"4"', canWrite: true },
      attachTo: document.body,
    })
    await flushPromises()
    const list = String(fetch.mock.calls[0]![0])
    expect(list).toContain(`${SUBJECT}/home-visits`)
    expect(list).toContain('page=0')
    expect(list).toContain('size=20')
    expect(tab.text()).toContain('家庭关系和睦')
    expect(tab.text()).toContain('共 1 条')

    await tab.get('[data-test="sub-create-home-visits"]').trigger('click')
    await flushPromises()
    await typeInto('走访人', ' 王社工 ')
    await typeInto('走访情况', '在本村务农,情绪稳定')
    await submit()

    const [url, init] = fetch.mock.calls.find(([, i]) => i?.method === 'POST')!
    expect(url).toBe(`${SUBJECT}/home-visits`)
    expect(new Headers(init!.headers).get('If-Match')).toBe('"4"')
    expect(JSON.parse(String(init!.body))).toEqual({
      place: 'HOME', visitor: '王社工', findings: '在本村务农,情绪稳定', followUp: null, visitedOn: today(),
    })
    tab.unmount()
  })

  it('shows psychological assessments with their risk level and offers no create button to a reader', async () => {
    const fetch = stubFetch(() => jsonResponse(200, page([
      { id: 'p1', assessedOn: '2026-12-04', instrument: 'SCL-90', riskLevel: 'HIGH', riskLevelLabel: '高', assessor: '李咨询师', conclusion: '情绪波动较大' },
    ])))
    const tab = mount(SubRecordTab, {
      props: { def: def('psychological-assessments'), subjectUrl: SUBJECT, allowed: ['psychological-assessments'], etag: null, canWrite: false },
      attachTo: document.body,
    })
    await flushPromises()
    expect(String(fetch.mock.calls[0]![0])).toContain(`${SUBJECT}/psychological-assessments`)
    expect(tab.text()).toContain('SCL-90')
    expect(tab.text()).toContain('情绪波动较大')
    expect(tab.find('[data-test="sub-create-psychological-assessments"]').exists()).toBe(false)
    tab.unmount()
  })
})
