import { http, type Query, type WithEtag } from './http'
import type { CodeLabel, PageView } from './types'

export type AccountStatus = 'ACTIVE' | 'LOCKED' | 'DISABLED'

export interface UserView {
  id: string
  username: string
  displayName: string
  organizationId: string | null
  organizationName?: string | null
  divisionCode?: string
  divisionName?: string
  roles: CodeLabel[] | string[]
  enabled: boolean
  locked: boolean
  lockedUntil?: string | null
  lastLoginAt?: string | null
  version?: number
}

export interface CreateUserRequest {
  username: string
  displayName: string
  organizationId: string
  roles: string[]
  password: string
}

export interface UpdateUserRequest {
  displayName: string
  organizationId: string
  roles: string[]
}

export interface ApiClientView {
  id: string
  clientId: string
  name: string
  divisionCode: string
  divisionName?: string
  scopes: string[]
  enabled: boolean
  createdAt?: string
  secretRotatedAt?: string | null
}

export interface CreateApiClientRequest {
  clientId: string
  name: string
  divisionCode: string
  scopes: string[]
}

/** The only answer that ever contains the plain secret. */
export interface ApiClientSecretView extends Partial<ApiClientView> {
  clientSecret: string
}

const USERS = '/api/core/v1/admin/users'
const CLIENTS = '/api/core/v1/admin/api-clients'

export const adminApi = {
  usersUrl: USERS,
  apiClientsUrl: CLIENTS,
  user(id: string): Promise<WithEtag<UserView>> {
    return http.getWithEtag(`${USERS}/${encodeURIComponent(id)}`)
  },
  users(query?: Query): Promise<PageView<UserView>> {
    return http.get(USERS, query)
  },
  resetPassword(id: string, password: string): Promise<void> {
    return http.post(`${USERS}/${encodeURIComponent(id)}/reset-password`, { password })
  },
  userAction(id: string, action: 'unlock' | 'disable' | 'enable'): Promise<unknown> {
    return http.post(`${USERS}/${encodeURIComponent(id)}/${action}`)
  },
  rotateSecret(id: string): Promise<ApiClientSecretView> {
    return http.post(`${CLIENTS}/${encodeURIComponent(id)}/rotate-secret`)
  },
  clientAction(id: string, action: 'disable' | 'enable'): Promise<unknown> {
    return http.post(`${CLIENTS}/${encodeURIComponent(id)}/${action}`)
  },
}

/** Role codes may come as plain strings or as {code,label}. */
export function roleCodes(roles: UserView['roles']): string[] {
  return roles.map((r) => (typeof r === 'string' ? r : r.code))
}
