import { afterEach, describe, expect, it, vi } from 'vitest'
import { problem, stubFetch } from '@/test-utils'
import { ApiError, buildUrl, filenameOf, http, setUnauthorizedHandler } from './http'

describe('http', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setUnauthorizedHandler(null)
  })

  it('turns a problem+json answer into an ApiError with the server detail and field errors', async () => {
    stubFetch(() => problem(400, '请求参数有误', { type: 'https://sifa.example/problems/validation', errors: [{ field: 'name', code: 'NotBlank', message: '不能为空' }] }))
    const error = (await http.post('/api/x', {}).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.message).toBe('请求参数有误')
    expect(error.kind).toBe('validation')
    expect(error.errors).toEqual([{ field: 'name', code: 'NotBlank', message: '不能为空' }])
  })

  it('gives a Chinese message when the answer is not a problem', async () => {
    stubFetch(() => new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    await expect(http.get('/api/x')).rejects.toThrow('服务器出错,请稍后再试')
  })

  it('reports a session that expired, except for the auth endpoints', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    stubFetch(() => problem(401, '未登录'))
    await http.get('/api/core/v1/deadlines').catch(() => undefined)
    await http.get('/api/auth/me').catch(() => undefined)
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('sends no XSRF header on GET', async () => {
    document.cookie = 'XSRF-TOKEN=t1'
    const fetchMock = stubFetch(() => new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }))
    await http.get('/api/x')
    expect((fetchMock.mock.calls[0][1]!.headers as Record<string, string>)['X-XSRF-TOKEN']).toBeUndefined()
    expect(fetchMock.mock.calls[0][1]!.credentials).toBe('same-origin')
  })

  it('builds query strings without empty values and with repeated arrays', () => {
    expect(buildUrl('/a', { q: '', status: 'OPEN', sort: ['a,asc', 'b,desc'], page: 0 })).toBe('/a?status=OPEN&sort=a%2Casc&sort=b%2Cdesc&page=0')
  })

  it('reads Chinese file names from Content-Disposition', () => {
    expect(filenameOf("attachment; filename=\"cases.csv\"; filename*=UTF-8''%E6%A1%88%E4%BB%B6.csv")).toBe('案件.csv')
    expect(filenameOf('attachment; filename="cases.xlsx"')).toBe('cases.xlsx')
    expect(filenameOf(null)).toBeNull()
  })
})
