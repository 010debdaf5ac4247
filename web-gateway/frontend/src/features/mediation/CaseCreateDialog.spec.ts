import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { jsonResponse, problem, stubFetch } from '@/test-utils'
import CaseCreateDialog from './CaseCreateDialog.vue'

const DICTIONARIES: Record<string, { code: string; label: string; sort: number }[]> = {
  CaseSource: [{ code: 'PARTY_APPLICATION', label: '当事人申请', sort: 1 }],
  DisputeType: [{ code: 'NEIGHBOUR', label: '邻里纠纷', sort: 1 }],
  MediationPartyRole: [{ code: 'APPLICANT', label: '申请人', sort: 1 }, { code: 'RESPONDENT', label: '被申请人', sort: 2 }],
  MediationPartyKind: [{ code: 'PERSON', label: '自然人', sort: 1 }, { code: 'ORGANIZATION', label: '法人或其他组织', sort: 2 }],
}

const Host = defineComponent({
  setup() {
    const open = ref(true)
    return () => h(CaseCreateDialog, { modelValue: open.value, 'onUpdate:modelValue': (v: boolean) => (open.value = v) })
  },
})

async function settle() {
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150)) // el-form-item shows errors after a 100 ms debounce
  await nextTick()
}

function errorOf(selector: string): string | undefined {
  const item = document.querySelector(selector)?.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim()
}

/** Opens an Element Plus select and clicks the option with that label. */
async function choose(selectTestId: string, label: string) {
  const item = document.querySelector(`[data-test="${selectTestId}"]`)!.closest('.el-form-item')!
  item.querySelector<HTMLElement>('.el-select__wrapper')!.click()
  await settle()
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === label)!
  option.click()
  await settle()
}

describe('CaseCreateDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server error for parties[0].idNumber beside that party’s ID field', async () => {
    const fetch = stubFetch((url, init) => {
      const dict = url.match(/dictionaries\/(\w+)/)
      if (dict) return jsonResponse(200, DICTIONARIES[dict[1]] ?? [])
      if (url.includes('/committees')) return jsonResponse(200, { content: [], page: { size: 50, number: 0, totalElements: 0, totalPages: 0 } })
      if (init.method === 'POST') {
        return problem(400, '提交的内容有误', { errors: [{ field: 'parties[0].idNumber', code: 'invalid-id-number', message: '身份证号码已注销' }] })
      }
      return jsonResponse(404, {})
    })
    mount(Host, { attachTo: document.body })
    await settle()

    // fill the required fields through the dialog's model (the selects are covered by the browser test)
    const dialog = document.querySelector('.action-dialog')!
    expect(dialog.textContent).toContain('登记纠纷')
    const set = async (selector: string, value: string) => {
      const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!
      input.value = value
      input.dispatchEvent(new Event('input'))
      await nextTick()
    }
    await set('textarea[data-test="case-summary"]', '排水沟堵塞引发争执')
    await set('input[data-test="party-name-0"]', '张三')
    await set('input[data-test="party-name-1"]', '李四')
    await set('[data-test="party-id-0"] input', '11010519491231002X')

    const submit = () => document.querySelector<HTMLButtonElement>('[data-test="action-dialog-submit"]')!.click()
    const posts = () => fetch.mock.calls.filter(([, init]) => init?.method === 'POST')

    await choose('case-source', '当事人申请')
    await choose('case-dispute-type', '邻里纠纷')
    submit()
    await settle()

    expect(posts()).toHaveLength(1)
    const body = JSON.parse(String(posts()[0][1]!.body))
    expect(body).toMatchObject({ source: 'PARTY_APPLICATION', disputeType: 'NEIGHBOUR', parties: [{ name: '张三' }, { name: '李四' }] })
    expect(errorOf('[data-test="party-id-0"]')).toBe('身份证号码已注销')
  }, 30_000)
})
