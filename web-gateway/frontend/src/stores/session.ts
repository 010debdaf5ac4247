import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/api/auth'
import { ApiError } from '@/api/http'
import type { MeView } from '@/api/types'

/** Whether scopes allow changing anything (some `*.write` or `core.admin`): 局领导 and 审计人员 only read. */
export function mayWrite(scopes: Iterable<string>): boolean {
  for (const s of scopes) if (s.endsWith('.write') || s === 'core.admin') return true
  return false
}

/** The logged-in staff member. The session itself is the server's cookie; this only mirrors `/api/auth/me`. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<MeView | null>(null)
  const checked = ref(false)

  const loggedIn = computed(() => me.value !== null)
  const scopes = computed(() => new Set(me.value?.scopes ?? []))
  const roleCodes = computed(() => new Set((me.value?.roles ?? []).map((r) => r.code)))

  function hasScope(scope: string): boolean {
    return scopes.value.has(scope)
  }

  function hasAnyScope(required: readonly string[] | undefined): boolean {
    return !required || required.length === 0 || required.some((s) => scopes.value.has(s))
  }

  /** Loads the session once per page load; a 401 simply means nobody is logged in. */
  async function ensureLoaded(): Promise<void> {
    if (checked.value) {
      return
    }
    try {
      me.value = await authApi.me()
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) {
        throw e
      }
      me.value = null
    }
    checked.value = true
  }

  async function login(username: string, password: string): Promise<MeView> {
    me.value = await authApi.login(username, password)
    checked.value = true
    return me.value
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** The server forgot the session (timeout): forget it here too. */
  function clear(): void {
    me.value = null
    checked.value = true
  }

  return { me, checked, loggedIn, scopes, roleCodes, hasScope, hasAnyScope, ensureLoaded, login, logout, clear }
})
