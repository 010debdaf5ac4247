import { vi } from 'vitest'

/** A fetch Response with a JSON body. */
export function jsonResponse(status: number, body: unknown, contentType = 'application/json', headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } })
}

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse(status, { type: `https://sifa.example/problems/${status}`, title: detail, status, detail, ...extra }, 'application/problem+json')
}

/** Replaces fetch with a function of (url, init); returns the mock to inspect calls. */
export function stubFetch(handler: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const mock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(handler(String(input), init ?? {})))
  vi.stubGlobal('fetch', mock)
  return mock
}
