/**
 * The portal's only way to reach the server. Staff sessions live in an HttpOnly cookie, so every request is
 * same-origin with credentials; non-GET requests echo the XSRF-TOKEN cookie in X-XSRF-TOKEN (Spring's cookie CSRF
 * repository). Errors come back as RFC 9457 problem+json and are thrown as {@link ApiError}.
 */

export interface FieldError {
  field: string
  code: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  [extension: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail || problem.title || defaultMessage(problem.status))
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }

  /** Field errors of a 400 (`errors[]`), empty for other problems. */
  get errors(): FieldError[] {
    return this.problem.errors ?? []
  }

  /** The last path segment of the problem type, e.g. `account-locked`. */
  get kind(): string {
    const type = this.problem.type ?? ''
    return type.substring(type.lastIndexOf('/') + 1)
  }

  get isNotFound(): boolean {
    return this.status === 404
  }
}

export function defaultMessage(status: number): string {
  switch (status) {
    case 0: return '无法连接服务器,请检查网络后重试'
    case 400: return '提交的内容有误'
    case 401: return '登录已失效,请重新登录'
    case 403: return '无权执行此操作'
    case 404: return '记录不存在'
    case 409: return '操作与记录当前状态冲突'
    case 412: return '记录已被他人修改,请刷新后重试'
    case 413: return '上传内容过大'
    case 429: return '请求过于频繁,请稍后再试'
    case 503: return '服务暂不可用,请稍后再试'
    default: return status >= 500 ? '服务器出错,请稍后再试' : `请求失败(${status})`
  }
}

export type QueryValue = string | number | boolean | null | undefined | Array<string | number>
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  body?: unknown
  headers?: Record<string, string>
  /** Sent as If-Match; pass the ETag read with {@link getWithEtag}. */
  ifMatch?: string
  /** Sent as Idempotency-Key on POST so that a repeated submission replays instead of writing twice. */
  idempotencyKey?: string
  accept?: string
  signal?: AbortSignal
}

export interface WithEtag<T> {
  data: T
  etag: string | null
}

type UnauthorizedHandler = (url: string) => void
let onUnauthorized: UnauthorizedHandler | null = null

/** Called on every 401 except from the auth endpoints themselves; the session store sends the user to login. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler
}

export function readCookie(name: string): string | null {
  const prefix = `${name}=`
  for (const part of document.cookie.split(';')) {
    const cookie = part.trim()
    if (cookie.startsWith(prefix)) {
      return decodeURIComponent(cookie.substring(prefix.length))
    }
  }
  return null
}

export function buildUrl(url: string, query?: Query): string {
  if (!query) {
    return url
  }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') {
      continue
    }
    if (Array.isArray(value)) {
      value.forEach((v) => params.append(key, String(v)))
    } else {
      params.append(key, String(value))
    }
  }
  const qs = params.toString()
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url
}

/** A random key; crypto.randomUUID is missing on plain-http intranet hosts, getRandomValues is not. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

async function send(method: string, url: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json', ...options.headers }
  let body: BodyInit | undefined
  if (options.body instanceof FormData) {
    body = options.body
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = readCookie('XSRF-TOKEN')
    if (token) {
      headers['X-XSRF-TOKEN'] = token
    }
  }
  if (options.ifMatch) {
    headers['If-Match'] = options.ifMatch
  }
  if (options.idempotencyKey) {
    headers['Idempotency-Key'] = options.idempotencyKey
  }
  let response: Response
  try {
    response = await fetch(buildUrl(url, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') {
      throw e
    }
    throw new ApiError({ status: 0, title: defaultMessage(0) })
  }
  if (!response.ok) {
    const problem = await readProblem(response)
    if (response.status === 401 && onUnauthorized && !url.startsWith('/api/auth/')) {
      onUnauthorized(url)
    }
    throw new ApiError(problem)
  }
  return response
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as Problem
      return { ...problem, status: response.status }
    } catch {
      // fall through: a proxy's broken body is still an error of this status
    }
  }
  return { status: response.status, title: defaultMessage(response.status) }
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T
  }
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export async function request<T>(method: string, url: string, options?: RequestOptions): Promise<T> {
  return readBody<T>(await send(method, url, options))
}

export const http = {
  get<T>(url: string, query?: Query, options?: RequestOptions): Promise<T> {
    return request<T>('GET', url, { ...options, query })
  },
  async getWithEtag<T>(url: string, options?: RequestOptions): Promise<WithEtag<T>> {
    const response = await send('GET', url, options)
    return { data: await readBody<T>(response), etag: response.headers.get('ETag') }
  },
  post<T>(url: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return request<T>('POST', url, { ...options, body })
  },
  put<T>(url: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return request<T>('PUT', url, { ...options, body })
  },
  patch<T>(url: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return request<T>('PATCH', url, { ...options, body })
  },
  delete<T>(url: string, options?: RequestOptions): Promise<T> {
    return request<T>('DELETE', url, options)
  },
  /** GETs `url` with the given Accept type and returns the body as a Blob with the server's file name. */
  async download(url: string, accept: string, query?: Query): Promise<{ blob: Blob; filename: string | null }> {
    const response = await send('GET', url, { query, accept })
    return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) }
  },
}

/** Reads RFC 6266 `filename*=UTF-8''…` (Chinese names) or plain `filename="…"`. */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) {
    return null
  }
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // malformed escape: try the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition)
  return plain ? plain[1].trim() : null
}

/** Hands a Blob to the browser as a file download. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = href
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 1000)
}
