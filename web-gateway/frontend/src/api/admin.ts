import { http, type Query, type WithEtag } from './http'
import type { PageView } from './types'
import type { Answer, CoreSchemas } from './schemas'

/** A staff account (gateway UserAdminController.UserView); roles with their labels in the same order in roleLabels. */
export type UserView = Answer<CoreSchemas['UserAdminControllerUserView']>
export type CreateUserRequest = Answer<CoreSchemas['UserAdminControllerCreateUserRequest']>
export type UpdateUserRequest = Answer<CoreSchemas['UserAdminControllerUpdateUserRequest']>
export type ApiClientView = Answer<CoreSchemas['ApiClientAdminControllerApiClientView']>
export type CreateApiClientRequest = Answer<CoreSchemas['ApiClientAdminControllerCreateApiClientRequest']>
/** The only answers that ever contain the plain secret (creation, rotation). */
export type ApiClientSecretView = Partial<ApiClientView> & Answer<CoreSchemas['ApiClientAdminControllerSecretView']>

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
