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
import type { Answer, CoreSchemas, DeepAnswer } from './schemas'

/** One row of the deadline worklist (`GET /api/core/v1/deadlines`, core DeadlineItemView); `link` is the record's portal path. */
export type WorklistDeadline = Answer<CoreSchemas['DeadlineItemView']> & { status: DeadlineStatus }

export type NotificationPage = Answer<CoreSchemas['NotificationPage']> & { content: NotificationView[] }

export type HolidayDay = Answer<CoreSchemas['HolidayScheduleViewDayView']>
export type HolidayYearView = DeepAnswer<CoreSchemas['HolidayScheduleView']>
export type HolidayYearRequest = DeepAnswer<CoreSchemas['HolidayYearRequest']>

export const coreApi = {
  deadlines(status: DeadlineStatus, query?: Query): Promise<PageView<WorklistDeadline>> {
    return http.get('/api/core/v1/deadlines', { status, size: 100, ...query })
  },
  /**
   * One service's open deadlines: those whose portal link is under `/<service>/` (enforcement's record types carry
   * no service prefix, e.g. `complaints`, so the record type alone does not tell).
   */
  deadlinesOfService(status: DeadlineStatus, service: string): Promise<WorklistDeadline[]> {
    return coreApi
      .deadlines(status, { size: 200, sort: 'dueDate,asc' })
      .then((p) => p.content.filter((d) => d.link?.startsWith(`/${service}/`) || d.recordType.startsWith(`${service}-`)))
  },
  /** The user's own notifications, unread first; the answer also carries `unreadCount`. */
  notifications(query?: Query): Promise<NotificationPage> {
    return http.get('/api/core/v1/notifications', query)
  },
  markRead(id: string): Promise<NotificationView> {
    return http.post(`/api/core/v1/notifications/${encodeURIComponent(id)}/read`)
  },
  markAllRead(): Promise<{ marked: number }> {
    return http.post('/api/core/v1/notifications/read-all')
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
    return http.get('/api/core/v1/attachments', { recordId, recordType })
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
  holidays(year?: number): Promise<HolidayYearView> {
    return http.get('/api/core/v1/holidays', { year })
  },
  /** Replaces the whole year and recomputes open deadlines (admins). */
  importHolidays(year: number, body: HolidayYearRequest): Promise<HolidayYearView> {
    return http.post(`/api/core/v1/holidays/${year}`, body)
  },
}
