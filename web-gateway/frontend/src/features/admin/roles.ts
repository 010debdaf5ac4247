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
