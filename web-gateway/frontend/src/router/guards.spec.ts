import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { jsonResponse, problem, stubFetch } from '@/test-utils'
import { installGuards, routes } from './index'

const mediator = {
  username: 'kaifu-mediator', displayName: '李调解', divisionCode: '430105', divisionName: '开福区',
  organizationId: 'o1', organizationName: '开福区司法局', roles: [{ code: 'MEDIATOR', label: '人民调解员' }],
  scopes: ['core.read', 'mediation.read', 'mediation.write'], permissions: [],
}

function makeRouter() {
  const router = createRouter({ history: createMemoryHistory(), routes })
  installGuards(router)
  return router
}

describe('route guards', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.unstubAllGlobals())

  it('sends an anonymous visitor to login, remembering where they wanted to go', async () => {
    stubFetch(() => problem(401, '未登录'))
    const router = makeRouter()
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users')
  })

  it('shows the 403 page when the roles lack the scope of the route', async () => {
    stubFetch(() => jsonResponse(200, mediator))
    const router = makeRouter()
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('forbidden')
    expect(router.currentRoute.value.query.from).toBe('/admin/users')
  })

  it('lets a user into the sections their scopes allow', async () => {
    stubFetch(() => jsonResponse(200, mediator))
    const router = makeRouter()
    await router.push('/mediation')
    expect(router.currentRoute.value.path).toBe('/mediation')
  })

  it('answers an unknown address with the not-found page', async () => {
    stubFetch(() => jsonResponse(200, mediator))
    const router = makeRouter()
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })
})
