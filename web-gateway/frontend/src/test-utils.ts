import { vi } from 'vitest'
import { nextTick } from 'vue'
import { flushPromises } from '@vue/test-utils'

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

/** Types into the input or textarea of the open form's item labelled `label`. */
export async function typeInto(label: string, value: string) {
  const item = [...document.querySelectorAll('.el-form-item')].find((el) => el.querySelector('.el-form-item__label')?.textContent === label)!
  const input = item.querySelector<HTMLInputElement>('input, textarea')!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

/** Submits the open step dialog and waits for the request and the form's error display. */
export async function submit() {
  document.querySelector<HTMLButtonElement>('[data-test="action-dialog-submit"]')!.click()
  await flushPromises()
  await new Promise((r) => setTimeout(r, 150)) // el-form-item shows errors after a 100 ms debounce
  await nextTick()
}
