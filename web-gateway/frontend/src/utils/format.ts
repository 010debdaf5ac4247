/** Today's date in the browser's zone as yyyy-MM-dd (bureaus work in Asia/Shanghai; so do their browsers). */
export function today(now: Date = new Date()): string {
  return isoDate(now)
}

export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** ISO instant → "2026-11-22 09:30" in the browser's zone. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) {
    return ''
  }
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) {
    return value
  }
  return `${isoDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

export function weekdayOf(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00`)
  return `星期${WEEKDAYS[d.getDay()]}`
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** An amount in yuan with two decimals and thousands separators: 12000.5 → "12,000.50"; "" when absent. */
export function formatAmount(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return ''
  return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/** An amount with its unit, "—" when absent: "12,000.50 元". */
export const amountText = (value: number | null | undefined): string => (value == null ? '—' : `${formatAmount(value)} 元`)

/**
 * A Chinese phone number: a mobile (11 digits from 13x–19x, optionally +86) or a landline with its area code
 * (010-12345678, 0731-8888888, optional extension); "1380000" is neither.
 */
export function isPhone(value: string): boolean {
  const v = value.trim().replace(/\s+/g, '')
  return /^(\+?86)?1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(v)
}
