/** The staff roles of cn.sifa.core.security.Role, in the order admins think of them. */
export const ROLES: ReadonlyArray<{ code: string; label: string }> = [
  { code: 'SYSTEM_ADMIN', label: '系统管理员' },
  { code: 'BUREAU_LEADER', label: '局领导' },
  { code: 'MEDIATION_STAFF', label: '人民调解科工作人员' },
  { code: 'MEDIATOR', label: '人民调解员' },
  { code: 'LEGAL_AID_STAFF', label: '法律援助中心工作人员' },
  { code: 'REVIEW_STAFF', label: '行政复议应诉工作人员' },
  { code: 'CORRECTION_STAFF', label: '社区矫正工作人员' },
  { code: 'ENFORCEMENT_SUPERVISOR', label: '行政执法监督工作人员' },
  { code: 'AUDITOR', label: '审计人员' },
]

export function roleLabel(code: string): string {
  return ROLES.find((r) => r.code === code)?.label ?? code
}

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

/** Password policy shown to admins; the server enforces its own and its 400 message lands beside the field. */
export const PASSWORD_HINT = '至少 8 位,须包含字母和数字'
export function passwordRule(_rule: unknown, value: string, callback: (e?: Error) => void): void {
  if (!value) callback(new Error('请输入密码'))
  else if (value.length < 8 || !/[A-Za-z]/.test(value) || !/\d/.test(value)) callback(new Error(PASSWORD_HINT))
  else callback()
}
