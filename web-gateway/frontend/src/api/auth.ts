import { http } from './http'
import type { MeView } from './types'

export const authApi = {
  login(username: string, password: string): Promise<MeView> {
    return http.post<MeView>('/api/auth/login', { username, password })
  },
  logout(): Promise<void> {
    return http.post<void>('/api/auth/logout')
  },
  /** Also sets the XSRF-TOKEN cookie, even when it answers 401. */
  me(): Promise<MeView> {
    return http.get<MeView>('/api/auth/me')
  },
}
