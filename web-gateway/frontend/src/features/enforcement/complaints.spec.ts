import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { jsonResponse, stubFetch } from '@/test-utils'
import { useSessionStore } from '@/stores/session'
import type { MeView } from '@/api/types'
import type { ComplaintView, ImportJobView } from './api'
import { percent, type Rate } from './api'
import ComplaintDetailPage from './ComplaintDetailPage.vue'
import { workflowOf } from '@/api/workflow'
import { isRunning, progressOf } from './importJob'

/** A complaint as the server answers it since issue 10: the workflow fields at the top level. */
const complaint = (status: string, allowedActions: string[], extra: Record<string, unknown> = {}): ComplaintView =>
  ({
    id: 'c1',
    divisionCode: '430105',
    agencyId: 'a1',
    complainantName: '王女士',
    complainantPhone: '13800138000',
    summary: '检查时未出示执法证件',
    receivedOn: '2026-11-02',
    status,
    statusLabel: status === 'INVESTIGATING' ? '调查中' : '已受理',
    assignee: null,
    investigationStartedOn: null,
    finding: null,
    documentType: null,
    documentTypeLabel: null,
    documentNo: null,
    documentIssuedOn: null,
    rectificationReport: null,
    reportedOn: null,
    outcome: null,
    closedOn: null,
    allowedActions,
    deadlines: [{ kind: 'ENF_COMPLAINT_HANDLING', label: '投诉办理期限', dueDate: '2027-01-04', status: 'PENDING', basis: '地方实践' }],
    overdue: false,
    history: [],
    version: 1,
    ...extra,
  }) as unknown as ComplaintView

const me = (scopes: string[]): MeView =>
  ({ username: 'enforcement', displayName: '执法监督', divisionCode: '430105', scopes, roles: [], permissions: [] }) as unknown as MeView

async function mountDetail(c: ComplaintView, scopes: string[]) {
  setActivePinia(createPinia())
  const session = useSessionStore()
  session.me = me(scopes)
  stubFetch((url) => {
    if (url.startsWith('/api/enforcement/v1/complaints/c1')) return jsonResponse(200, c, 'application/json', { ETag: `"${c.version}"` })
    if (url.startsWith('/api/enforcement/v1/agencies')) {
      return jsonResponse(200, { content: [{ id: 'a1', name: '开福区市场监管局', divisionCode: '430105' }], page: { size: 200, number: 0, totalElements: 1, totalPages: 1 } })
    }
    return jsonResponse(200, [])
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/enforcement/complaints/:id', component: ComplaintDetailPage }] })
  await router.push('/enforcement/complaints/c1')
  const wrapper = mount(ComplaintDetailPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('complaint detail', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('shows a button only for the steps the server allows in the current state', async () => {
    const wrapper = await mountDetail(complaint('INVESTIGATING', ['issue-document', 'close']), ['enforcement.read', 'enforcement.write'])

    const buttons = wrapper.findAll('[data-test^=action-]').map((b) => b.text())
    expect(buttons).toEqual(['制发监督文书', '办结'])
    expect(wrapper.text()).toContain('投诉办理期限')
    expect(wrapper.text()).toContain('2027-01-04')
    wrapper.unmount()
  })

  it('shows no step buttons to a reader without the write scope', async () => {
    const wrapper = await mountDetail(complaint('RECEIVED', ['investigate']), ['enforcement.read'])

    expect(wrapper.findAll('[data-test^=action-]')).toHaveLength(0)
    expect(wrapper.text()).toContain('检查时未出示执法证件')
    wrapper.unmount()
  })
})

describe('complaint workflow fields', () => {
  it('reads the top-level fields, and the deprecated workflow{} of an older server', () => {
    const legacy = complaint('INVESTIGATING', [], { allowedActions: undefined, deadlines: undefined, overdue: undefined, history: undefined,
      workflow: { allowedActions: ['close'], deadlines: [{ kind: 'K', dueDate: '2027-01-04', status: 'PENDING' }], overdue: true, history: [] } })
    expect(workflowOf(legacy)).toMatchObject({ allowedActions: ['close'], overdue: true, nextDueOn: '2027-01-04' })
    expect(workflowOf(complaint('RECEIVED', ['investigate']))).toMatchObject({ allowedActions: ['investigate'], overdue: false, nextDueOn: '2027-01-04' })
  })

  it("takes a list row's due date from its nextDueOn, also when it is null", () => {
    expect(workflowOf({ status: 'RECEIVED', nextDueOn: '2026-12-21', overdue: false }).nextDueOn).toBe('2026-12-21')
    expect(workflowOf({ status: 'CLOSED', nextDueOn: null, deadlines: [{ kind: 'K', dueDate: '2026-01-01' }] }).nextDueOn).toBeNull()
  })
})

describe('import progress and rates', () => {
  const job = (status: ImportJobView['status'], total: number, processed: number) =>
    ({ id: 'j', agencyId: 'a', filename: 'x.xlsx', status, total, processed, accepted: 0, updated: 0, rejected: 0, failure: null, createdAt: '', finishedAt: null }) as unknown as ImportJobView

  it('reports the share of rows processed and keeps polling only while queued or running', () => {
    expect(progressOf(job('RUNNING', 12000, 5000))).toBe(41)
    expect(progressOf(job('QUEUED', 0, 0))).toBe(0)
    expect(progressOf(job('DONE', 0, 0))).toBe(100)
    expect(isRunning(job('RUNNING', 1, 0))).toBe(true)
    expect(isRunning(job('FAILED', 1, 0))).toBe(false)
  })

  it('shows a rate with one decimal, and a dash when there is nothing to count', () => {
    expect(percent({ numerator: 49, denominator: 52, fraction: 0.9423 })).toBe('94.2%')
    expect(percent({ numerator: 0, denominator: 0, fraction: null } as unknown as Rate)).toBe('—')
  })
})
