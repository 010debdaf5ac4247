import { describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import IdNumberInput from './IdNumberInput.vue'

/** Mounts with a working v-model, as a parent would bind it. */
function mountBound(initial = '') {
  const wrapper: VueWrapper = mount(IdNumberInput, {
    props: { modelValue: initial, 'onUpdate:modelValue': (v: string) => wrapper.setProps({ modelValue: v }) },
  })
  return wrapper
}

describe('IdNumberInput', () => {
  it('validates the check digit as the user types', async () => {
    const wrapper = mountBound()
    const input = wrapper.find('input')

    await input.setValue('43010519900')
    expect(wrapper.find('.id-number-input__hint').text()).toBe('已输入 11/18 位')
    expect(wrapper.attributes('data-state')).toBe('typing')

    await input.setValue('430105199003071234')
    expect(wrapper.attributes('data-state')).toBe('invalid')
    expect(wrapper.find('.id-number-input__hint').text()).toBe('身份证号码校验位不正确')

    await input.setValue('430105199003071233')
    expect(wrapper.attributes('data-state')).toBe('valid')
    expect(wrapper.find('.id-number-input__hint').text()).toContain('1990-03-07')
  })

  it('upper-cases a final x and drops spaces', async () => {
    const wrapper = mountBound()
    await wrapper.find('input').setValue('110105 19491231002x')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['11010519491231002X'])
    expect(wrapper.attributes('data-state')).toBe('valid')
  })

  it('shows nothing for an empty field', () => {
    expect(mountBound().find('.id-number-input__hint').exists()).toBe(false)
  })
})
