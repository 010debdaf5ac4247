import { describe, expect, it } from 'vitest'
import { checkCitizenId, checkDigit, typingHint } from './citizenId'

describe('checkCitizenId (same rules as cn.sifa.core.person.CitizenId)', () => {
  it('accepts a number whose check digit is X, in either case', () => {
    expect(checkCitizenId('11010519491231002X')).toMatchObject({ valid: true, birthDate: '1949-12-31', sex: 'FEMALE' })
    expect(checkCitizenId('11010519491231002x').normalized).toBe('11010519491231002X')
  })

  it('computes the ISO 7064 MOD 11-2 check digit', () => {
    expect(checkDigit('43010519900307123')).toBe('3')
    expect(checkDigit('33112220010203456')).toBe('8')
  })

  it('rejects a wrong check digit with the server wording', () => {
    expect(checkCitizenId('430105199003071234')).toEqual({ valid: false, message: '身份证号码校验位不正确' })
  })

  it('upgrades a 15-digit legacy number', () => {
    expect(checkCitizenId('130102800101001')).toMatchObject({ valid: true, normalized: '130102198001010010', sex: 'MALE' })
  })

  it('rejects impossible or future birth dates', () => {
    const feb30 = '1101051990023000'
    expect(checkCitizenId(feb30 + '0' + 'X').message).toBe('身份证号码中的出生日期无效')
    expect(checkCitizenId('110105209901010010', new Date(2026, 10, 22)).message).toBe('身份证号码中的出生日期无效')
  })

  it('rejects wrong lengths and letters', () => {
    expect(checkCitizenId('4301051990030712').message).toBe('身份证号码应为18位(或15位旧号码)')
    expect(checkCitizenId('43010519900307X233').message).toBe('身份证号码应为18位(或15位旧号码)')
    expect(checkCitizenId('  ').message).toBe('身份证号码不能为空')
  })
})

describe('typingHint', () => {
  it('only counts while the number is incomplete', () => {
    expect(typingHint('4301')).toEqual({ state: 'typing', message: '已输入 4/18 位' })
  })
  it('flags a bad character at once', () => {
    expect(typingHint('4301a').state).toBe('invalid')
  })
  it('checks the digit when 18 characters are in', () => {
    expect(typingHint('430105199003071234')).toEqual({ state: 'invalid', message: '身份证号码校验位不正确' })
    expect(typingHint('430105199003071233').state).toBe('valid')
  })
})
