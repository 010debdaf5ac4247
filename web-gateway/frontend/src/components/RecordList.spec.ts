import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ElConfigProvider, ElFormItem, ElInput, ElTableColumn } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { jsonResponse, stubFetch } from '@/test-utils'
import RecordList from './RecordList.vue'

const page = (names: string[], total = names.length) =>
  jsonResponse(200, { content: names.map((name, i) => ({ id: String(i), name })), page: { size: 20, number: 0, totalElements: total, totalPages: 1 } })

function host(filters: Record<string, string>) {
  return defineComponent({
    setup() {
      const f = reactive(filters)
      // as in App.vue: Element Plus speaks Chinese
      return () =>
        h(ElConfigProvider, { locale: zhCn }, () =>
          h(RecordList, { url: '/api/mediation/v1/cases', filters: f, defaultSort: 'receivedOn,desc', exportName: '调解案件' }, {
            filters: () => h(ElFormItem, { label: '查找' }, () => h(ElInput, { modelValue: f.q, 'onUpdate:modelValue': (v: string) => (f.q = v) })),
            default: () => h(ElTableColumn, { prop: 'name', label: '名称' }),
          }),
        )
    },
  })
}

describe('RecordList', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks the server for the first page with the default sort and leaves out empty filters', async () => {
    const fetchMock = stubFetch(() => page(['甲', '乙']))
    const wrapper = mount(host({ q: '', status: '' }), { attachTo: document.body })
    await flushPromises()

    expect(fetchMock.mock.calls[0][0]).toBe('/api/mediation/v1/cases?sort=receivedOn%2Cdesc&page=0&size=20')
    expect(wrapper.text()).toContain('甲')
    expect(wrapper.text()).toContain('共 2 条')
    wrapper.unmount()
  })

  it('exports the whole filtered list with Accept text/csv and saves the server-named file', async () => {
    const fetchMock = stubFetch((_url, init) =>
      (init.headers as Record<string, string>).Accept === 'text/csv'
        ? new Response('案号,名称\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': "attachment; filename*=UTF-8''%E8%B0%83%E8%A7%A3.csv" } })
        : page(['甲']),
    )
    const saved: string[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download)
    })
    const wrapper = mount(host({ q: '张' }), { attachTo: document.body })
    await flushPromises()

    const button = wrapper.findAll('button').find((b) => b.text() === '导出 CSV')!
    await button.trigger('click')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/mediation/v1/cases?q=%E5%BC%A0&sort=receivedOn%2Cdesc')
    expect((init!.headers as Record<string, string>).Accept).toBe('text/csv')
    expect(saved).toEqual(['调解.csv'])
    click.mockRestore()
    wrapper.unmount()
  })
})
