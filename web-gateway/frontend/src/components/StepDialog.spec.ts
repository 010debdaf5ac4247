import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { jsonResponse, problem, stubFetch, submit, typeInto } from '@/test-utils'
import { clearDictionaryCache } from '@/composables/useDictionary'
import { today } from '@/utils/format'
import StepDialog from './StepDialog.vue'
import { offeredSteps, stepRules, type StepDefinition, type StepDefinitions } from './steps'

const ISSUE: StepDefinition = {
  title: '制发监督文书',
  fields: [
    { prop: 'documentType', label: '文书种类', kind: 'dict', dict: 'SupervisionDocumentType', required: true },
    { prop: 'documentNo', label: '文书编号', required: true, max: 60 },
    { prop: 'finding', label: '调查认定', kind: 'textarea' },
  ],
  initial: () => ({ documentType: 'SUPERVISION_OPINION' }),
  date: { prop: 'issuedOn', label: '送达日期' },
}

/** A record page opening one step, the way the complaint and case pages do. */
function host(props: { etag?: string | null; version?: number }) {
  return defineComponent({
    emits: ['done'],
    setup(_p, { emit }) {
      const open = ref(true)
      return () =>
        h(StepDialog, {
          modelValue: open.value,
          'onUpdate:modelValue': (v: boolean) => (open.value = v),
          url: '/api/enforcement/v1/complaints/c1',
          action: 'issue-document',
          step: ISSUE,
          notBefore: '2026-11-02',
          ...props,
          onDone: (r: unknown) => emit('done', r),
        })
    },
  })
}

const itemError = (label: string) =>
  [...document.querySelectorAll('.el-form-item')]
    .find((el) => el.querySelector('.el-form-item__label')?.textContent === label)
    ?.querySelector('.el-form-item__error')?.textContent?.trim()

describe('StepDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    clearDictionaryCache()
    document.body.innerHTML = ''
  })

  it('posts the step to <record>/<action> with the record ETag as If-Match and the date defaulting to today', async () => {
    const fetch = stubFetch((url) =>
      url.includes('/dictionaries/') ? jsonResponse(200, [{ code: 'SUPERVISION_OPINION', label: '执法监督意见书', sort: 1 }]) : jsonResponse(200, { id: 'c1', status: 'RECTIFYING' }),
    )
    const wrapper = mount(host({ etag: '"7"' }), { attachTo: document.body })
    await flushPromises()
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('制发监督文书')
    await typeInto('文书编号', ' 开司监意〔2026〕3号 ')
    await submit()

    const [url, init] = fetch.mock.calls.find(([u]) => String(u).endsWith('/issue-document'))!
    expect(url).toBe('/api/enforcement/v1/complaints/c1/issue-document')
    expect(new Headers(init!.headers).get('If-Match')).toBe('"7"')
    expect(JSON.parse(String(init!.body))).toEqual({ documentType: 'SUPERVISION_OPINION', documentNo: '开司监意〔2026〕3号', finding: null, issuedOn: today() })
    expect(wrapper.emitted('done')?.[0]).toEqual([{ id: 'c1', status: 'RECTIFYING' }])
  })

  it('sends the record version as If-Match when the page has no ETag', async () => {
    const fetch = stubFetch((url) => (url.includes('/dictionaries/') ? jsonResponse(200, []) : jsonResponse(200, {})))
    mount(host({ etag: null, version: 3 }), { attachTo: document.body })
    await flushPromises()
    await typeInto('文书编号', '开司监意〔2026〕4号')
    await submit()

    const [, init] = fetch.mock.calls.find(([u]) => String(u).endsWith('/issue-document'))!
    expect(new Headers(init!.headers).get('If-Match')).toBe('"3"')
  })

  it('shows the server field errors of a 400 problem beside the step fields', async () => {
    stubFetch((url) =>
      url.includes('/dictionaries/')
        ? jsonResponse(200, [])
        : problem(400, '提交的内容有误', {
            errors: [
              { field: 'documentNo', code: 'duplicate', message: '文书编号已被使用' },
              { field: 'issuedOn', code: 'before-previous-step', message: '送达日期不能早于开始调查日期' },
            ],
          }),
    )
    mount(host({ etag: '"1"' }), { attachTo: document.body })
    await flushPromises()
    await typeInto('文书编号', '开司监意〔2026〕3号')
    await submit()

    expect(itemError('文书编号')).toBe('文书编号已被使用')
    expect(itemError('送达日期')).toBe('送达日期不能早于开始调查日期')
  })
})

describe('step rules', () => {
  it('requires the required fields, bounds their length and checks the step date against the previous step', () => {
    const rules = stepRules(ISSUE, '2026-11-02')
    expect(rules.documentType).toEqual([expect.objectContaining({ required: true, message: '请选择文书种类', trigger: 'change' })])
    expect(rules.documentNo).toEqual([
      expect.objectContaining({ required: true, message: '请填写文书编号', trigger: 'blur' }),
      expect.objectContaining({ max: 60 }),
    ])
    const check = (value: string) => {
      let result: Error | undefined
      const rule = (rules.issuedOn as { validator: (r: unknown, v: string, cb: (e?: Error) => void) => void }[])[0]!
      rule.validator({}, value, (e) => (result = e))
      return result?.message
    }
    expect(check('2026-11-01')).toBe('日期不能早于上一步骤(2026-11-02)')
    expect(check('2999-01-01')).toBe('日期不能晚于今天')
    expect(check('2026-11-02')).toBeUndefined()
  })

  it('takes a required slot holding a list of records and a required number, and refuses them left empty', () => {
    const rules = stepRules({
      title: '收到复议申请',
      fields: [
        { prop: 'applicants', label: '申请人', kind: 'slot', required: true },
        { prop: 'days', label: '延长天数', kind: 'number', required: true },
      ],
    })
    // a bare { required: true } is checked by async-validator as a string: it refused every list and number
    const check = (prop: string, value: unknown) => {
      const rule = (rules[prop] as { required: boolean; message: string; validator: (r: unknown, v: unknown, cb: (e?: Error) => void) => void }[])[0]!
      expect(rule.required).toBe(true)
      let result: Error | undefined
      rule.validator({}, value, (e) => (result = e))
      return result ? rule.message : undefined
    }
    expect(check('applicants', [{ kind: 'NATURAL_PERSON', name: '张三' }])).toBeUndefined()
    expect(check('days', 30)).toBeUndefined()
    expect(check('days', 0)).toBeUndefined()
    expect(check('applicants', [])).toBe('请选择申请人')
    expect(check('days', null)).toBe('请填写延长天数')
  })

  it('offers exactly the allowed actions the portal has a form for, in the server order', () => {
    const steps: StepDefinitions = { investigate: { title: '开始调查' }, close: { title: '办结' }, 'issue-document': ISSUE }
    expect(offeredSteps(['close', 'reopen', 'issue-document'], steps)).toEqual(['close', 'issue-document'])
    expect(offeredSteps(undefined, steps)).toEqual([])
  })
})
