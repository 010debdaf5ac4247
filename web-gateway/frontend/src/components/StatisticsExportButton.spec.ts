import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { stubFetch } from '@/test-utils'
import StatisticsExportButton from './StatisticsExportButton.vue'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describe('StatisticsExportButton', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('downloads the statistics of the current filters as Excel under the server-named file', async () => {
    const fetchMock = stubFetch(() =>
      new Response('PK', { status: 200, headers: { 'Content-Type': XLSX, 'Content-Disposition': "attachment; filename*=UTF-8''%E7%BB%9F%E8%AE%A1.xlsx" } }),
    )
    const saved: string[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download)
    })
    const filters = { from: '2026-01-01', to: '2026-06-30', divisionCode: undefined as string | undefined }
    const wrapper = mount(StatisticsExportButton, {
      props: { url: '/api/review/v1/statistics', query: () => ({ ...filters }), name: '行政复议与行政应诉统计' },
      attachTo: document.body,
    })
    filters.to = '2026-03-31'

    await wrapper.get('[data-test="export-statistics"]').trigger('click')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/review/v1/statistics?from=2026-01-01&to=2026-03-31')
    expect((init!.headers as Record<string, string>).Accept).toBe(XLSX)
    expect(saved).toEqual(['统计.xlsx'])
    click.mockRestore()
    wrapper.unmount()
  })
})
