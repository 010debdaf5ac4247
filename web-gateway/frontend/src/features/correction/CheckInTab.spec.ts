import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { jsonResponse, stubFetch } from '@/test-utils'
import CheckInTab from './CheckInTab.vue'

describe('CheckInTab', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists a subject\'s reports from GET check-ins, first page of 20', async () => {
    const fetch = stubFetch(() => jsonResponse(200, {
      content: [
        { id: 'c2', subjectId: 's1', type: 'HEALTH_REPORT', typeLabel: '病情报告', checkedInOn: '2026-12-04', note: null, createdBy: 'correction' },
        { id: 'c1', subjectId: 's1', type: 'REGULAR', typeLabel: '定期报告', checkedInOn: '2026-12-03', note: '电话报告,工作生活正常', createdBy: 'correction' },
      ],
      page: { size: 20, number: 0, totalElements: 2, totalPages: 1 },
    }))
    const tab = mount(CheckInTab, { props: { subjectUrl: '/api/correction/v1/subjects/s1' }, attachTo: document.body })
    await flushPromises()
    const url = String(fetch.mock.calls[0]![0])
    expect(url).toContain('/api/correction/v1/subjects/s1/check-ins')
    expect(url).toContain('page=0')
    expect(url).toContain('size=20')
    const text = tab.text()
    expect(text).toContain('病情报告')
    expect(text).toContain('电话报告,工作生活正常')
    expect(text).toContain('2026-12-03')
    tab.unmount()
  })
})
