/** The scopes an API client may be registered with (CONVENTIONS "Authentication"). */
export const CLIENT_SCOPES: ReadonlyArray<{ code: string; label: string }> = [
  { code: 'core.read', label: '基础数据 读' },
  { code: 'mediation.read', label: '人民调解 读' },
  { code: 'mediation.write', label: '人民调解 写' },
  { code: 'legal-aid.read', label: '法律援助 读' },
  { code: 'legal-aid.write', label: '法律援助 写' },
  { code: 'review.read', label: '行政复议应诉 读' },
  { code: 'review.write', label: '行政复议应诉 写' },
  { code: 'correction.read', label: '社区矫正 读' },
  { code: 'correction.write', label: '社区矫正 写' },
  { code: 'enforcement.read', label: '行政执法监督 读' },
  { code: 'enforcement.write', label: '行政执法监督 写' },
  { code: 'reports.read', label: '统计报表 读' },
]

/**
 * The gateway's password policy (cn.sifa.gateway.staff.PasswordPolicy), checked here too so that the admin hears
 * of it before submitting; the server's 400 message lands beside the field all the same.
 */
export const PASSWORD_HINT = '10–72 位,须同时包含字母、数字和符号,不能包含用户名'

export function passwordProblem(password: string, username: string): string | null {
  if (!password) return '请输入密码'
  if (password.length < 10 || password.length > 72) return '密码长度须为 10 到 72 个字符'
  const letter = /[A-Za-z]/.test(password)
  const digit = /\d/.test(password)
  const symbol = /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(password)
  if (!letter || !digit || !symbol) return '密码须同时包含字母、数字和符号'
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名'
  return null
}

/** An el-form validator for the password of the user `username()` names. */
export function passwordRule(username: () => string) {
  return (_rule: unknown, value: string, callback: (e?: Error) => void): void => {
    const problem = passwordProblem(value, username())
    callback(problem ? new Error(problem) : undefined)
  }
}

/**
 * The staff roles and the scopes each grants, as the core Role enum defines them (cn.sifa.core.security.Role);
 * the role names shown are the server's (dictionary `Role`). Roles are fixed in code: the page only shows them.
 */
export const ROLE_SCOPES: ReadonlyArray<{ code: string; scopes: readonly string[]; readOnly: boolean }> = [
  { code: 'SYSTEM_ADMIN', scopes: ['core.read', 'core.admin'], readOnly: false },
  { code: 'BUREAU_LEADER', scopes: ['core.read', 'mediation.read', 'legal-aid.read', 'review.read', 'correction.read', 'enforcement.read', 'reports.read'], readOnly: true },
  { code: 'MEDIATION_STAFF', scopes: ['core.read', 'mediation.read', 'mediation.write'], readOnly: false },
  { code: 'MEDIATOR', scopes: ['core.read', 'mediation.read', 'mediation.write'], readOnly: false },
  { code: 'LEGAL_AID_STAFF', scopes: ['core.read', 'legal-aid.read', 'legal-aid.write'], readOnly: false },
  { code: 'REVIEW_STAFF', scopes: ['core.read', 'review.read', 'review.write'], readOnly: false },
  { code: 'CORRECTION_STAFF', scopes: ['core.read', 'correction.read', 'correction.write'], readOnly: false },
  { code: 'ENFORCEMENT_SUPERVISOR', scopes: ['core.read', 'enforcement.read', 'enforcement.write'], readOnly: false },
  { code: 'AUDITOR', scopes: ['core.read', 'mediation.read', 'legal-aid.read', 'review.read', 'correction.read', 'enforcement.read', 'reports.read'], readOnly: true },
]

/** A scope's Chinese name ("人民调解 写"); `core.admin` is the administration. */
export function scopeLabel(code: string): string {
  if (code === 'core.admin') return '系统管理'
  return CLIENT_SCOPES.find((s) => s.code === code)?.label ?? code
}

/** The province (PP0000) of a division code, whose deadline rules an admin of it may set. */
export function provinceOf(divisionCode: string | null | undefined): string | null {
  return divisionCode && /^\d{6}/.test(divisionCode) ? `${divisionCode.slice(0, 2)}0000` : null
}
