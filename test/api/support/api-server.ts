import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { insertAccount } from '../../../packages/server/src/accounts/account-store.ts'
import { createApiToken } from '../../../packages/server/src/accounts/credentials.ts'
import type { Role } from '../../../packages/server/src/accounts/principal.ts'
import { memoryLogger } from '../../../packages/server/src/log/logger.ts'
import { openTandem, type TandemOptions } from '../../../packages/server/src/tandem.ts'

export const ADMIN_TOKEN = 'operator-token-for-api-tests'

/** Test bodies are read loosely, as a script would: `body.error.code`, `body.data.members`. */
// biome-ignore lint/suspicious/noExplicitAny: a test reads response JSON without declaring every shape
type Json = any

export interface ApiResponse<T = Json> {
  readonly status: number
  readonly body: T
  readonly headers: Headers
}

/** A caller of the API with one bearer token, over real HTTP. */
export interface ApiClient {
  /** the bearer token, for raw fetches (SSE, NDJSON) */
  readonly token: string | undefined
  get<T = Json>(path: string): Promise<ApiResponse<T>>
  post<T = Json>(path: string, body: unknown): Promise<ApiResponse<T>>
  patch<T = Json>(path: string, body: unknown): Promise<ApiResponse<T>>
  delete<T = Json>(path: string): Promise<ApiResponse<T>>
  command<T = Json>(body: unknown): Promise<ApiResponse<T>>
}

const client = (base: string, token: string | undefined): ApiClient => {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {}
    return { status: response.status, body: parsed as Json, headers: response.headers }
  }
  return {
    token,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
    delete: (path) => call('DELETE', path),
    command: (body) => call('POST', '/api/commands', body),
  }
}

/**
 * A Tandem server listening on a loopback port, on a file SQLite database in a temp folder (or the
 * PostgreSQL database and schema given), with the operator token set.
 */
export const startApiServer = async (options: Partial<TandemOptions> = {}) => {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-api-'))
  const log = memoryLogger()
  const tandem = await openTandem({
    databaseUrl: `sqlite:${join(folder, 'tandem.db')}`,
    adminToken: ADMIN_TOKEN,
    log,
    ...options,
  })
  const server = serve({ fetch: tandem.app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let accounts = 0
  return {
    base,
    tandem,
    log,
    admin: client(base, ADMIN_TOKEN),
    anonymous: client(base, undefined),
    /** creates an account with a bearer token and returns its client */
    async as(role: Role, teamIds: readonly string[] = [], professionalId?: string): Promise<ApiClient> {
      const id = `acc-${role}-${++accounts}`
      await insertAccount(tandem.db, {
        id,
        username: id,
        displayName: id,
        role,
        passwordHash: undefined,
        professionalId,
        teamIds,
        createdAt: new Date().toISOString(),
      })
      return client(base, await createApiToken(tandem.db, id, 'test', new Date()))
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await tandem.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

export type ApiServer = Awaited<ReturnType<typeof startApiServer>>
