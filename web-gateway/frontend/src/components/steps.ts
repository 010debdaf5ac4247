import type { FormItemRule, FormRules } from 'element-plus'
import { today } from '@/utils/format'

/**
 * The form of one workflow step, as a feature declares it. Which steps a record offers is the server's
 * `allowedActions`; only how to ask for a step's input lives in the portal.
 */
export interface StepField {
  /** The request field; a 400's `errors[].field` of that name shows beside it. */
  prop: string
  label: string
  /** Default `text`. `slot`: the page renders it in StepDialog's slot `field-<prop>` (e.g. a remote select). */
  kind?: 'text' | 'textarea' | 'dict' | 'date' | 'switch' | 'number' | 'slot'
  /** Dictionary type of a `dict` field (labels from the server). */
  dict?: string
  multiple?: boolean
  required?: boolean
  max?: number
  placeholder?: string
}

export interface StepDefinition {
  /** Dialog title and button text. */
  title: string
  /** The step's date in the request (`acceptedOn`, `issuedOn` …): defaults to today, never after today. */
  date?: { prop: string; label?: string }
  fields?: StepField[]
  /** Initial values besides the date (e.g. taken from the record). */
  initial?: () => Record<string, unknown>
  /** Rules besides `required`/`max` of the fields and the date rule; a function for rules that compare fields. */
  rules?: FormRules | ((model: Record<string, unknown>) => FormRules)
  /** The request body; default: the model with blank strings sent as null. */
  body?: (model: Record<string, unknown>) => unknown
}

export type StepDefinitions = Record<string, StepDefinition>

/** The steps to offer: the server's allowed actions in its order, those the portal has a form for. */
export function offeredSteps(allowedActions: readonly string[] | null | undefined, definitions: StepDefinitions): string[] {
  return (allowedActions ?? []).filter((a) => a in definitions)
}

/** A step date: required, not after today, not before `notBefore` (the previous step), as the server checks it. */
export function stepDateRule(notBefore?: string | null, label = '上一步骤'): FormItemRule {
  return {
    trigger: 'change',
    validator: (_rule, value: string, callback) => {
      if (!value) callback(new Error('请选择日期'))
      else if (value > today()) callback(new Error('日期不能晚于今天'))
      else if (notBefore && value < notBefore) callback(new Error(`日期不能早于${label}(${notBefore})`))
      else callback()
    },
  }
}

/**
 * A required field's check, whatever its value holds: a slot's array or object (the parties of an application), a
 * number. A bare `{ required: true }` rule is checked by async-validator as a string, so it refused every such value.
 */
export function filledValidator(_rule: unknown, value: unknown, callback: (error?: Error) => void): void {
  const empty = value == null || value === '' || (Array.isArray(value) && value.length === 0)
  callback(empty ? new Error('必填') : undefined)
}

/** The initial model of a step: its defaults, and its date today. */
export function initialModel(step: StepDefinition): Record<string, unknown> {
  const model: Record<string, unknown> = {}
  for (const f of step.fields ?? []) {
    model[f.prop] = f.kind === 'switch' ? false : f.multiple ? [] : f.kind === 'number' || f.kind === 'dict' || f.kind === 'date' ? null : ''
  }
  Object.assign(model, step.initial?.() ?? {})
  if (step.date) model[step.date.prop] = today()
  return model
}

/** The client rules of a step: required and length of its fields, its date rule, and its own. */
export function stepRules(step: StepDefinition, notBefore?: string | null, model: Record<string, unknown> = {}): FormRules {
  const rules: FormRules = {}
  for (const f of step.fields ?? []) {
    const list: FormItemRule[] = []
    const picked = f.kind === 'dict' || f.kind === 'date' || f.kind === 'slot'
    if (f.required) {
      const message = `请${picked ? '选择' : '填写'}${f.label}`
      const trigger = picked ? 'change' : 'blur'
      list.push(f.multiple ? { required: true, type: 'array', min: 1, message, trigger } : { required: true, validator: filledValidator, message, trigger })
    }
    if (f.max) list.push({ max: f.max, message: `不超过${f.max}字`, trigger: 'change' })
    if (list.length) rules[f.prop] = list
  }
  if (step.date) rules[step.date.prop] = [stepDateRule(notBefore)]
  return { ...rules, ...(typeof step.rules === 'function' ? step.rules(model) : step.rules) }
}

export const blankToNull = (model: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(model).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v]))

/** Rules of a field required only for some answers (受理 needs a procedure, a revocation its ground …). */
export function requiredWhen(label: string, when: boolean, picked = true): FormRules[string] {
  return when ? [{ required: true, message: `请${picked ? '选择' : '填写'}${label}`, trigger: picked ? 'change' : 'blur' }] : []
}
