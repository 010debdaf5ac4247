import { describe, expect, it } from 'vitest'
import { amountText, formatAmount, isPhone } from './format'

describe('amounts', () => {
  it('always show two decimals', () => {
    expect(formatAmount(12000.5)).toBe('12,000.50')
    expect(formatAmount(3)).toBe('3.00')
    expect(formatAmount(0.125)).toBe('0.13')
    expect(amountText(12000.5)).toBe('12,000.50 元')
    expect(amountText(null)).toBe('—')
  })
})

describe('phone numbers', () => {
  it.each(['13800138000', '+8613800138000', '010-12345678', '0731-8888888', '07318888888', '0731-88888888-123'])('accepts %s', (v) => {
    expect(isPhone(v)).toBe(true)
  })
  it.each(['1380000', '12800138000', '138001380001', '8888888', 'abc', '0731-88'])('rejects %s', (v) => {
    expect(isPhone(v)).toBe(false)
  })
})
