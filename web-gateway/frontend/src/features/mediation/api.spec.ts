import { describe, expect, it } from 'vitest'
import { actionsFor, createBody, emptyParty, nextDeadline, type CaseListItem } from './api'

describe('mediation case actions', () => {
  it('shows the steps the server allows, in workflow order, and leaves out steps the portal has no dialog for', () => {
    expect(actionsFor({ status: 'MEDIATING', allowedActions: ['fail', 'escalation-reports', 'sessions', 'agreement'] }))
      .toEqual(['sessions', 'agreement', 'fail'])
  })

  it('an empty allowedActions list means no buttons, even where the state machine would offer some', () => {
    expect(actionsFor({ status: 'AGREEMENT_REACHED', allowedActions: [] })).toEqual([])
  })

  it('falls back to the documented state machine when the server sends no allowedActions', () => {
    expect(actionsFor({ status: 'REGISTERED', allowedActions: null })).toEqual(['accept', 'decline'])
    expect(actionsFor({ status: 'AGREEMENT_REACHED' })).toEqual(['performance', 'judicial-confirmation', 'follow-ups', 'archive'])
    expect(actionsFor({ status: 'ARCHIVED' })).toEqual([])
  })
})

describe('registering a dispute', () => {
  it('sends blanks as null, upper-cases the ID number and drops the number that does not fit the party kind', () => {
    const person = { ...emptyParty('APPLICANT'), name: ' 张三 ', idNumber: '11010519491231002x', creditCode: 'ignored', phone: '' }
    const org = { ...emptyParty('RESPONDENT'), kind: 'ORGANIZATION', name: '某物业公司', idNumber: '110105', creditCode: '91350100m000100y43' }
    const body = createBody({
      source: 'PARTY_APPLICATION', disputeType: 'NEIGHBOUR', summary: ' 排水沟堵塞 ', amountInvolved: null,
      receivedOn: '2026-11-20', committeeId: null, parties: [person, org],
    })
    expect(body.summary).toBe('排水沟堵塞')
    expect(body.parties[0]).toEqual({ role: 'APPLICANT', kind: 'PERSON', name: '张三', idNumber: '11010519491231002X', creditCode: null, phone: null })
    expect(body.parties[1]).toMatchObject({ kind: 'ORGANIZATION', idNumber: null, creditCode: '91350100M000100Y43' })
  })
})

describe('worklist deadline', () => {
  const row = { nextDueOn: '2026-12-21', overdue: false } as CaseListItem
  it('turns the next due date into a badge, red when the server says overdue', () => {
    expect(nextDeadline(row)).toMatchObject({ dueDate: '2026-12-21', status: undefined })
    expect(nextDeadline({ ...row, overdue: true })?.status).toBe('OVERDUE')
    expect(nextDeadline({ ...row, nextDueOn: null })).toBeNull()
  })
})
