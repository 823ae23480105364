import { ApiProblem } from './api-problem.ts'
import type { CommandBody, CommandResult, Me, SessionReply } from './types.ts'
import type { PreviewReply } from './types-planning.ts'

export type QueryValue = string | number | undefined | null

/**
 * The one way the web app talks to the server (docs/architecture.md#boundaries: the web talks only to the
 * HTTP API). Sends the session cookie, adds the CSRF header on writes, and turns every non-2xx into an
 * `ApiProblem` carrying the server's Dutch and English message.
 */
export class ApiClient {
  #csrf: string | null = null

  constructor(
    readonly baseUrl = '',
    readonly fetchFn: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {}

  url(path: string, query: Readonly<Record<string, QueryValue>> = {}): string {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
    }
    const qs = params.toString()
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`
  }

  async get<T>(
    path: string,
    query: Readonly<Record<string, QueryValue>> = {},
    signal?: AbortSignal,
  ): Promise<T> {
    return this.#request<T>('GET', this.url(path, query), undefined, signal)
  }

  /** For non-JSON replies such as the NDJSON audit export. */
  async getText(
    path: string,
    query: Readonly<Record<string, QueryValue>> = {},
    signal?: AbortSignal,
  ): Promise<string> {
    return this.#request<string>('GET', this.url(path, query), undefined, signal, true)
  }

  async post<T>(path: string, body: unknown, query: Readonly<Record<string, QueryValue>> = {}): Promise<T> {
    return this.#request<T>('POST', this.url(path, query), body)
  }

  async patch<T>(path: string, body: unknown): Promise<T> {
    return this.#request<T>('PATCH', this.url(path), body)
  }

  async delete(path: string): Promise<void> {
    await this.#request<unknown>('DELETE', this.url(path))
  }

  /** `POST /api/commands` with `{ type, …fields }` (issue 4). */
  command(body: CommandBody): Promise<CommandResult> {
    return this.post<CommandResult>('/api/commands', body)
  }

  /**
   * `POST /api/commands/preview`: the domain's verdict and the balance before and after, appending
   * nothing. A refused command comes back as an `ApiProblem` whose `index` names it.
   */
  preview(commands: readonly CommandBody[]): Promise<PreviewReply> {
    return this.post<PreviewReply>('/api/commands/preview', { commands })
  }

  /** The first admin, through the one-time link the server prints (`POST /api/setup`). */
  async setup(body: {
    readonly token: string
    readonly username: string
    readonly displayName: string
    readonly password: string
  }): Promise<Me> {
    return this.#remember(await this.post<SessionReply>('/api/setup', body))
  }

  /**
   * The logged-in account, or null when there is no session. `/api/auth/session` answers "no
   * session" with 200, so the login screen logs no error; a 401 means the same.
   */
  async me(): Promise<Me | null> {
    try {
      const reply = await this.get<{ readonly account: Me | null; readonly csrfToken?: string }>(
        '/api/auth/session',
      )
      return reply.account ? this.#remember({ ...reply, account: reply.account }) : null
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 401) return null
      throw problem
    }
  }

  async login(username: string, password: string): Promise<Me> {
    return this.#remember(await this.post<SessionReply>('/api/auth/login', { username, password }))
  }

  async logout(): Promise<void> {
    try {
      await this.post('/api/auth/logout', {})
    } finally {
      this.#csrf = null
    }
  }

  /** The CSRF token comes with login and me; writes echo it in `x-csrf-token` (issue 4). */
  #remember(reply: SessionReply): Me {
    if (typeof reply.csrfToken === 'string') this.#csrf = reply.csrfToken
    return reply.account
  }

  async #request<T>(
    method: string,
    url: string,
    body?: unknown,
    signal?: AbortSignal,
    raw = false,
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const csrf = this.#csrf
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf
    let response: Response
    try {
      response = await this.fetchFn(url, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        ...(signal ? { signal } : {}),
      })
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error
      throw ApiProblem.network()
    }
    const text = await response.text()
    if (raw && response.ok) return text as T
    let parsed: unknown = null
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = null
    }
    if (!response.ok) throw ApiProblem.fromBody(response.status, parsed)
    return parsed as T
  }
}
