import { describe, expect, it } from 'vitest'
import { offeredSteps } from '@/components/steps'
import { caseEditable, createBody, editBody, editForm, emptyParty, nextDeadline, type CaseListItem, type CaseView } from './api'
import { caseSteps } from './steps'

describe('mediation case steps', () => {
  const steps = caseSteps({ id: 'c1', mediators: [{ id: 'm1', name: '李调解' }], committee: { id: 'k1', name: '调委会' } } as unknown as CaseView)

  it('offers the steps the server allows, in its order, and leaves out steps the portal has no form for', () => {
    expect(offeredSteps(['sessions', 'escalation-reports', 'transfer', 'agreement', 'fail'], steps)).toEqual(['sessions', 'escalation-reports', 'agreement', 'fail'])
  })

  it('offers nothing when the server allows nothing or says nothing', () => {
    expect(offeredSteps([], steps)).toEqual([])
    expect(offeredSteps(null, steps)).toEqual([])
  })

  it('asks for the court on the application and for the ruling once applied', () => {
    const applied = caseSteps({ id: 'c1', mediators: [], judicialConfirmation: { appliedOn: '2026-11-02' } } as unknown as CaseView)
    expect(steps['judicial-confirmation']!.fields!.map((f) => f.prop)).toEqual(['court'])
    expect(applied['judicial-confirmation']).toMatchObject({ title: '登记司法确认裁定', date: { prop: 'decidedOn' } })
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

describe('editing a case', () => {
  const record = {
    id: 'c1', status: 'MEDIATING', source: 'PARTY_APPLICATION', disputeType: 'NEIGHBOUR', difficulty: 'ORDINARY', summary: '排水沟',
    amountInvolved: 12000, receivedOn: '2026-11-02',
    parties: [{ id: 'p1', role: 'APPLICANT', kind: 'PERSON', name: '张三', idNumber: '110105********002X', phone: '138****0000' }],
  } as unknown as CaseView

  it('sends the masked numbers back unchanged with the party id, and no registration-only fields', () => {
    const form = editForm(record)
    form.parties.push({ ...emptyParty('RESPONDENT'), name: '李四', phone: '13900000000' })
    const body = editBody(form)
    expect(body).not.toHaveProperty('receivedOn')
    expect(body).not.toHaveProperty('committeeId')
    expect(body).toMatchObject({ difficulty: 'ORDINARY', amountInvolved: 12000 })
    expect(body.parties).toEqual([
      { id: 'p1', role: 'APPLICANT', kind: 'PERSON', name: '张三', idNumber: '110105********002X', creditCode: null, phone: '138****0000' },
      { id: null, role: 'RESPONDENT', kind: 'PERSON', name: '李四', idNumber: null, creditCode: null, phone: '13900000000' },
    ])
  })

  it('is offered until the case is archived', () => {
    expect(caseEditable('REGISTERED')).toBe(true)
    expect(caseEditable('AGREEMENT_REACHED')).toBe(true)
    expect(caseEditable('ARCHIVED')).toBe(false)
  })
})
