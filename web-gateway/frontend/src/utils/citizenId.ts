/**
 * GB 11643-1999 resident identity numbers, the same rules as the server's cn.sifa.core.person.CitizenId:
 * 18 characters with an ISO 7064 MOD 11-2 check digit, or a 15-digit legacy number (upgraded with "19").
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

export interface CitizenIdCheck {
  valid: boolean
  /** Chinese message when invalid (the server's wording); empty when valid. */
  message: string
  /** The 18-character number (15-digit numbers upgraded, x upper-cased) when valid. */
  normalized?: string
  birthDate?: string
  sex?: 'MALE' | 'FEMALE'
}

export function checkDigit(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]
  }
  return CHECK.charAt(sum % 11)
}

function isDigits(value: string): boolean {
  return /^\d+$/.test(value)
}

export function checkCitizenId(raw: string | null | undefined, today: Date = new Date()): CitizenIdCheck {
  if (raw == null || raw.trim() === '') {
    return { valid: false, message: '身份证号码不能为空' }
  }
  let value = raw.trim().toUpperCase()
  if (value.length === 15 && isDigits(value)) {
    const body = value.substring(0, 6) + '19' + value.substring(6)
    value = body + checkDigit(body)
  }
  if (value.length !== 18 || !isDigits(value.substring(0, 17))) {
    return { valid: false, message: '身份证号码应为18位(或15位旧号码)' }
  }
  const year = Number(value.substring(6, 10))
  const month = Number(value.substring(10, 12))
  const day = Number(value.substring(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  if (!realDate || month < 1 || year < 1850 || birth.getTime() > todayUtc) {
    return { valid: false, message: '身份证号码中的出生日期无效' }
  }
  if (value.charAt(17) !== checkDigit(value.substring(0, 17))) {
    return { valid: false, message: '身份证号码校验位不正确' }
  }
  return {
    valid: true,
    message: '',
    normalized: value,
    birthDate: `${value.substring(6, 10)}-${value.substring(10, 12)}-${value.substring(12, 14)}`,
    sex: (value.charCodeAt(16) - 48) % 2 === 1 ? 'MALE' : 'FEMALE',
  }
}

/** What to tell the user while they are still typing: nothing until the number could be complete. */
export function typingHint(raw: string): { state: 'empty' | 'typing' | 'valid' | 'invalid'; message: string } {
  const value = raw.trim()
  if (value === '') {
    return { state: 'empty', message: '' }
  }
  if (!/^\d{0,17}[\dXx]?$/.test(value)) {
    return { state: 'invalid', message: '只能输入数字,最后一位可以是 X' }
  }
  if (value.length < 18 && value.length !== 15) {
    return { state: 'typing', message: `已输入 ${value.length}/18 位` }
  }
  const result = checkCitizenId(value)
  if (!result.valid) {
    // 15 digits may be the start of an 18-digit number: only a hint, not yet an error
    return value.length === 15 ? { state: 'typing', message: '已输入 15/18 位(15位旧号码无效)' } : { state: 'invalid', message: result.message }
  }
  return { state: 'valid', message: `出生日期 ${result.birthDate},${result.sex === 'MALE' ? '男' : '女'}` }
}

/** An Element Plus form rule validator. */
export function citizenIdValidator(_rule: unknown, value: string, callback: (error?: Error) => void): void {
  if (value == null || value === '') {
    callback()
    return
  }
  const result = checkCitizenId(value)
  callback(result.valid ? undefined : new Error(result.message))
}
