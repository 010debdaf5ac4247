import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, reactive, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ElFormItem, ElInput } from 'element-plus'
import { jsonResponse, problem, stubFetch } from '@/test-utils'
import ActionDialog from './ActionDialog.vue'

/** A page using ActionDialog the way service pages do: form items whose prop names the request field. */
const Host = defineComponent({
  props: { ifMatch: { type: String, default: null } },
  emits: ['success'],
  setup(props, { emit }) {
    const open = ref(true)
    const model = reactive({ applicantName: '', idNumber: '' })
    return () =>
      h(
        ActionDialog,
        {
          modelValue: open.value,
          'onUpdate:modelValue': (v: boolean) => (open.value = v),
          title: '受理申请',
          model,
          url: '/api/legal-aid/v1/applications',
          ifMatch: props.ifMatch,
          onSuccess: (r: unknown) => emit('success', r),
        },
        {
          default: () => [
            h(ElFormItem, { label: '申请人', prop: 'applicantName' }, () => h(ElInput, { modelValue: model.applicantName, 'onUpdate:modelValue': (v: string) => (model.applicantName = v) })),
            h(ElFormItem, { label: '身份证号', prop: 'idNumber' }, () => h(ElInput, { modelValue: model.idNumber })),
          ],
        },
      )
  },
})

async function submit() {
  const button = document.querySelector<HTMLButtonElement>('[data-test="action-dialog-submit"]')!
  button.click()
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150)) // el-form-item shows errors after a 100 ms debounce
  await nextTick()
}

function itemError(label: string): string | undefined {
  const item = [...document.querySelectorAll('.el-form-item')].find((el) => el.querySelector('.el-form-item__label')?.textContent === label)
  return item?.querySelector('.el-form-item__error')?.textContent?.trim()
}

describe('ActionDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('puts each errors[].field of a 400 problem beside the form item of that prop', async () => {
    stubFetch(() =>
      problem(400, '提交的内容有误', {
        errors: [
          { field: 'idNumber', code: 'invalid-id-number', message: '身份证号码校验位不正确' },
          { field: 'applicantName', code: 'NotBlank', message: '申请人姓名不能为空' },
        ],
      }),
    )
    mount(Host, { attachTo: document.body })
    await flushPromises()
    await submit()

    expect(itemError('身份证号')).toBe('身份证号码校验位不正确')
    expect(itemError('申请人')).toBe('申请人姓名不能为空')
    expect(document.querySelector('.action-dialog__alert')).toBeNull()
  })

  it('lists errors of fields that have no form item in an alert', async () => {
    stubFetch(() => problem(400, '提交的内容有误', { errors: [{ field: 'parties[0].phone', code: 'Pattern', message: '电话号码格式不正确' }] }))
    mount(Host, { attachTo: document.body })
    await flushPromises()
    await submit()

    expect(document.querySelector('.action-dialog__alert')?.textContent).toContain('parties[0].phone:电话号码格式不正确')
  })

  it('clears a server error once the user edits that field', async () => {
    stubFetch(() => problem(400, '提交的内容有误', { errors: [{ field: 'applicantName', code: 'Size', message: '姓名过长' }] }))
    mount(Host, { attachTo: document.body })
    await flushPromises()
    await submit()
    expect(itemError('申请人')).toBe('姓名过长')

    const input = document.querySelectorAll<HTMLInputElement>('.el-form-item input')[0]
    input.value = '张三'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    await new Promise((r) => setTimeout(r, 150))
    expect(itemError('申请人')).toBeUndefined()
  })

  it('shows the server message of a 409 conflict and of a 412 stale version', async () => {
    stubFetch(() => problem(409, '当前状态“已结案”不允许执行“受理”'))
    mount(Host, { attachTo: document.body })
    await flushPromises()
    await submit()
    expect(document.querySelector('.action-dialog__alert')?.textContent).toContain('当前状态“已结案”不允许执行“受理”')

    document.body.innerHTML = ''
    stubFetch(() => new Response(null, { status: 412 }))
    mount(Host, { attachTo: document.body })
    await flushPromises()
    await submit()
    expect(document.querySelector('.action-dialog__alert')?.textContent).toContain('记录已被他人修改,请刷新后重试')
  })

  it('posts the model with If-Match, an Idempotency-Key and the XSRF token, then emits success', async () => {
    document.cookie = 'XSRF-TOKEN=abc123'
    const fetchMock = stubFetch(() => jsonResponse(201, { id: 'x1' }))
    const wrapper = mount(Host, { attachTo: document.body, props: { ifMatch: '"3"' } })
    await flushPromises()
    await submit()

    const [url, init] = fetchMock.mock.calls[0]
    const headers = init!.headers as Record<string, string>
    expect(url).toBe('/api/legal-aid/v1/applications')
    expect(init!.method).toBe('POST')
    expect(headers['If-Match']).toBe('"3"')
    expect(headers['X-XSRF-TOKEN']).toBe('abc123')
    expect(headers['Idempotency-Key']).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.parse(init!.body as string)).toEqual({ applicantName: '', idNumber: '' })
    expect(wrapper.emitted('success')?.[0]).toEqual([{ id: 'x1' }])
  })

  it('sends the corrected form under a new Idempotency-Key after a 4xx, so it is run rather than answered with the refusal', async () => {
    const { keys, wrapper } = await submitInTurn([
      () => problem(400, '提交的内容有误', { errors: [{ field: 'applicantName', code: 'NotBlank', message: '申请人姓名不能为空' }] }),
      () => problem(409, '当前状态不允许执行“受理”'),
      () => jsonResponse(201, { id: 'x1' }),
    ])
    expect(keys).toHaveLength(3)
    expect(new Set(keys).size).toBe(3)
    expect(wrapper.emitted('success')?.[0]).toEqual([{ id: 'x1' }])
  })

  it('keeps the Idempotency-Key after a network error, a 5xx or a key still in flight, so the retry cannot run twice', async () => {
    const { keys, wrapper } = await submitInTurn([
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => problem(503, '服务暂不可用,请稍后再试'),
      () => jsonResponse(409, { type: 'https://sifa.cn/problems/idempotency-key-in-flight', title: '请求正在处理', status: 409 }, 'application/problem+json'),
      () => jsonResponse(201, { id: 'x1' }),
    ])
    expect(keys).toHaveLength(4)
    expect(new Set(keys).size).toBe(1)
    expect(wrapper.emitted('success')?.[0]).toEqual([{ id: 'x1' }])
  })
})

/** Submits the dialog once per answer, the server giving them in turn; the Idempotency-Key each request carried. */
async function submitInTurn(answers: (() => Response | Promise<Response>)[]) {
  const fetchMock = stubFetch(() => answers[fetchMock.mock.calls.length - 1]!())
  const wrapper = mount(Host, { attachTo: document.body })
  await flushPromises()
  for (let i = 0; i < answers.length; i++) await submit()
  const keys = fetchMock.mock.calls.map(([, init]) => (init!.headers as Record<string, string>)['Idempotency-Key'])
  return { keys, wrapper }
}
