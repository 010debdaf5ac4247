import { http, type Query } from './http'
import type {
  AttachmentView,
  DeadlineStatus,
  DictionaryEntry,
  DivisionView,
  NotificationView,
  OrganizationView,
  PageView,
} from './types'

/** One row of the caller's deadline worklist (`GET /api/core/v1/deadlines`). */
export interface WorklistDeadline {
  id: string
  kind: string
  label: string
  dueDate: string
  status: DeadlineStatus
  basis?: string
  provisional?: boolean
  targetType?: string
  targetId?: string
  caseNo?: string | null
  title?: string | null
  /** Portal path of the record. */
  link?: string | null
}

export interface NotificationPage extends PageView<NotificationView> {
  unreadCount?: number
}

export interface HolidayDay {
  day: string
  kind: 'HOLIDAY' | 'MAKEUP_WORKDAY'
  name: string
}

export interface HolidayYearView {
  year: number
  published: boolean
  source?: string | null
  addedAt?: string | null
  days: HolidayDay[]
}

export const coreApi = {
  deadlines(status: DeadlineStatus, query?: Query): Promise<PageView<WorklistDeadline>> {
    return http.get('/api/core/v1/deadlines', { status, size: 100, ...query })
  },
  /** The user's own notifications, unread first; the answer also carries `unreadCount`. */
  notifications(query?: Query): Promise<NotificationPage> {
    return http.get('/api/core/v1/notifications', query)
  },
  markRead(id: string): Promise<void> {
    return http.post(`/api/core/v1/notifications/${encodeURIComponent(id)}/read`)
  },
  dictionary(type: string): Promise<DictionaryEntry[]> {
    return http.get(`/api/core/v1/dictionaries/${encodeURIComponent(type)}`)
  },
  division(code: string): Promise<DivisionView> {
    return http.get(`/api/core/v1/divisions/${encodeURIComponent(code)}`)
  },
  divisionChildren(code: string): Promise<DivisionView[]> {
    return http.get(`/api/core/v1/divisions/${encodeURIComponent(code)}/children`)
  },
  organizations(query?: Query): Promise<PageView<OrganizationView>> {
    return http.get('/api/core/v1/organizations', query)
  },
  attachments(recordType: string, recordId: string): Promise<AttachmentView[]> {
    return http.get('/api/core/v1/attachments', { recordType, recordId })
  },
  uploadAttachment(recordType: string, recordId: string, file: File): Promise<AttachmentView> {
    const form = new FormData()
    form.append('recordType', recordType)
    form.append('recordId', recordId)
    form.append('file', file)
    return http.post('/api/core/v1/attachments', form)
  },
  attachmentContentUrl(id: string): string {
    return `/api/core/v1/attachments/${encodeURIComponent(id)}/content`
  },
  holidays(year: number): Promise<HolidayYearView> {
    return http.get('/api/core/v1/holidays', { year })
  },
  importHolidays(year: number, body: unknown): Promise<HolidayYearView> {
    return http.post(`/api/core/v1/holidays/${year}`, body)
  },
}
