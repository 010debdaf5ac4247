import { isPhone } from '@/utils/format'

/**
 * The parties of a reconsideration (申请人, 第三人) as the form edits them and as the API takes and shows them
 * (`ReconsiderationPartyRequest` / `ReconsiderationPartyView`): an ID number for a natural person, a credit code for
 * an organisation, and an optional agent (委托代理人). The API masks ID numbers and phones for who may not see them.
 */
export interface PartyForm {
  kind: string
  name: string
  idNumber: string
  creditCode: string
  phone: string
  address: string
  agentName: string
  agentPhone: string
}

export const emptyParty = (): PartyForm => ({ kind: 'NATURAL_PERSON', name: '', idNumber: '', creditCode: '', phone: '', address: '', agentName: '', agentPhone: '' })

const blank = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

/** The parties as the API takes them: blank rows left out, the identifier that fits the kind, the agent if named. */
export function partiesBody(parties: unknown) {
  return (Array.isArray(parties) ? (parties as PartyForm[]) : [])
    .filter((p) => blank(p.name))
    .map((p) => {
      const person = p.kind === 'NATURAL_PERSON'
      const agent = blank(p.agentName)
      return {
        kind: p.kind,
        name: blank(p.name),
        idNumber: person ? blank(p.idNumber) : null,
        creditCode: person ? null : blank(p.creditCode)?.toUpperCase() ?? null,
        phone: blank(p.phone),
        address: blank(p.address),
        agent: agent ? { name: agent, phone: blank(p.agentPhone) } : null,
      }
    })
}

/** A phone field's rule: empty, or a mobile or landline number. */
export function phoneValidator(_rule: unknown, value: string, callback: (error?: Error) => void): void {
  callback(!value || isPhone(value) ? undefined : new Error('电话号码格式不正确'))
}

/**
 * Parties as one line: names only (`details` false), or each with its kind, ID number or credit code, phone and
 * agent as the API gives them (masked where the reader may not see them in full).
 */
export function partiesText(value: unknown, details = true): string {
  if (!Array.isArray(value)) return ''
  return value
    .map((p: Record<string, unknown>) => {
      if (typeof p === 'string') return p
      const name = String(p.name ?? '')
      if (!details) return name
      const agent = p.agent as Record<string, unknown> | null | undefined
      const parts = [
        p.kindLabel,
        p.idNumber ? `身份证 ${String(p.idNumber)}` : null,
        p.creditCode ? `信用代码 ${String(p.creditCode)}` : null,
        p.phone ? `电话 ${String(p.phone)}` : null,
        p.address,
        agent?.name ? `代理人 ${String(agent.name)}${agent.phone ? ` ${String(agent.phone)}` : ''}` : null,
      ].filter(Boolean)
      return parts.length ? `${name}(${parts.join(',')})` : name
    })
    .join(';')
}
