import { formatAmount } from '@/utils/format'
import type { StepDefinition, StepDefinitions } from '@/components/steps'

/**
 * Registers that share one list page and one detail page (RegistryListPage, RegistryDetailPage), declared once per
 * section (features/enforcement/registry.ts, features/mediation/registry.ts): which columns, filters and fields
 * they show, the create form where the API has one, and the forms of their workflow steps. Which steps a record
 * offers is the server's `allowedActions`; labels of codes come from the dictionaries endpoint (`dict`). Field
 * names are the API's, so the server's field errors land beside them.
 */
export interface RegistryField {
  prop: string
  label: string
  /** How a value shows: `dict` by its code table, `agency`/`agencies` by name, `division` by name, `amount` with two decimals. */
  kind?: 'text' | 'date' | 'dict' | 'agency' | 'agencies' | 'officer' | 'officers' | 'committee' | 'mediator' | 'members' | 'parties' | 'honours' | 'warnings' | 'division' | 'bool' | 'amount' | 'percent' | 'deadline' | 'status' | 'rows'
  dict?: string
  /** List column width; `sortable` when the server can sort by it. */
  width?: number
  sortable?: boolean
  /** Detail: spans both columns. */
  wide?: boolean
  /** `rows`: the columns of a record's sub-records (an array, or one object), shown as a small table. */
  rows?: RegistryField[]
  /** How a value of a shape of its own shows (parties with their details, a nested record), instead of `kind`. */
  format?: (value: unknown, row: Record<string, unknown>) => string
}

export interface RegistryFilter {
  prop: string
  label: string
  kind: 'text' | 'dict' | 'agency' | 'committee' | 'bool' | 'date' | 'hidden'
  dict?: string
  placeholder?: string
}

export interface RegistryEntry {
  /** Route segment under the section's path (/enforcement/, /mediation/) and the `recordType` of deadline links. */
  key: string
  /** What one record is (detail title) and the list's menu title. */
  name: string
  menu: string
  /** Path under the section's API base (/api/enforcement/v1, /api/mediation/v1). */
  api: string
  /** Status code table; absent for plain registers (agencies, officers …). */
  statuses?: string
  /** The record's own title in headers. */
  heading: (r: Record<string, unknown>) => string
  columns: RegistryField[]
  filters: RegistryFilter[]
  fields: RegistryField[]
  defaultSort?: string
  /** Create form, posted to the list's URL; absent when records come from elsewhere (imports, sampling). */
  create?: StepDefinition
  /** Where the create form posts, when not the list's path (legal aid's notified cases: `notifications`). */
  createApi?: string
  steps?: StepDefinitions
  /** A record without a detail page (white list): rows do not open. */
  noDetail?: boolean
  /** The API answers the whole list, not a page (white list). */
  unpaged?: boolean
  /** An unpaged list whose answer says whether the user may create (the server's word, e.g. `mayCreate`). */
  creatable?: (answer: Record<string, unknown>) => boolean
  /** A line above an unpaged list, from its answer (e.g. which province's standards apply). */
  note?: (answer: Record<string, unknown>) => string | null
  /** Whether the user may edit the record or run its commands, as the record says (e.g. `mayEdit`); default: any writer. */
  writable?: (r: Record<string, unknown>) => boolean
  /** An edit form (PUT to the record's URL with If-Match), its initial values from the record; null while the record may not be edited. */
  edit?: (r: Record<string, unknown>) => StepDefinition | null
  /** Steps open to writers whatever the state (registers without a workflow: 换届, 授予荣誉), posted like steps. */
  commands?: (r: Record<string, unknown>) => StepDefinitions
  /** Timeline labels of history actions that are not the record's steps (e.g. the steps of its sub-records). */
  actionLabels?: Record<string, string>
  /** Links beside the buttons, e.g. the case a screening became. */
  links?: (r: Record<string, unknown>) => { label: string; to: string }[]
  /** A list that belongs to the record, shown under its fields (a mediator's trainings): GET `url` answering `{content}`. */
  related?: (r: Record<string, unknown>) => RegistryRelated
  /** Attachments' record type, when it differs from the key (and none without statuses). */
  attachmentType?: string
  /** Date of the latest step, which the next may not precede. */
  notBefore?: (r: Record<string, unknown>) => string | null
}

export interface RegistryRelated {
  title: string
  /** Path under the section's API base. */
  api: string
  columns: RegistryField[]
  /** A line beside the title from the answer (e.g. the hours added up). */
  summary?: (answer: Record<string, unknown>) => string
}

/** How a list or detail value shows, for the kinds that need no lookup (names and labels are the pages'). */
export function plainValue(field: RegistryField, value: unknown): string {
  if (value == null || value === '') return ''
  switch (field.kind) {
    case 'bool':
      return value ? '是' : '否'
    case 'amount':
      return typeof value === 'number' ? formatAmount(value) : String(value)
    case 'percent':
      return typeof value === 'number' ? `${Math.round(value * 1000) / 10}%` : String(value)
    case 'date':
      return String(value).slice(0, 10)
    default:
      return Array.isArray(value) ? value.join('、') : String(value)
  }
}
