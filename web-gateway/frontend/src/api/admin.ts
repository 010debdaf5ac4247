import { http, type Query, type WithEtag } from './http'
import type { PageView } from './types'

/** A staff account (gateway UserAdminController.UserView). */
export interface UserView {
  id: string
  username: string
  displayName: string
  organizationId: string | null
  divisionCode: string
  /** Role codes, with their labels in the same order in roleLabels. */
  roles: string[]
  roleLabels: string[]
  enabled: boolean
  locked: boolean
  lockedUntil?: string | null
  lastLoginAt?: string | null
  passwordChangedAt?: string | null
  version: number
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
  scopes: string[]
  enabled: boolean
  createdAt?: string
  secretRotatedAt?: string | null
  version?: number
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
