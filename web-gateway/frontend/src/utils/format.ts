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
