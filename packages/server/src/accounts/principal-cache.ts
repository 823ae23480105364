import type { Principal } from './principal.ts'

/**
 * Resolved credentials for a moment, so a dashboard's stream of requests does not look up its token
 * and account on every one. Two seconds bound how long a changed role or a removed team membership
 * can still be honoured; logout and account changes clear entries at once.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, { readonly principal: Principal; readonly until: number }>()
  readonly #ttlMs: number
  readonly #capacity: number

  constructor(ttlMs = 2_000, capacity = 10_000) {
    this.#ttlMs = ttlMs
    this.#capacity = capacity
  }

  get(credential: string, now: number): Principal | undefined {
    const entry = this.#entries.get(credential)
    if (!entry) return undefined
    if (entry.until > now) return entry.principal
    this.#entries.delete(credential)
    return undefined
  }

  set(credential: string, principal: Principal, now: number): void {
    if (this.#entries.size >= this.#capacity) this.#entries.clear()
    this.#entries.set(credential, { principal, until: now + this.#ttlMs })
  }

  forget(credential: string): void {
    this.#entries.delete(credential)
  }

  clear(): void {
    this.#entries.clear()
  }
}
