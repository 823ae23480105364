/**
 * Serialised query answers per team, valid while the team's views stay at the same position. A dashboard is
 * read far more often than its team changes (docs/architecture.md#figures: p95 under 10 ms), and the agenda
 * or balance of a 400-case team costs milliseconds to compute and serialise.
 */
export class AnswerCache {
  readonly #entries = new Map<string, { readonly position: number; readonly body: string }>()
  readonly #capacity: number

  constructor(capacity = 5_000) {
    this.#capacity = capacity
  }

  /** The cached body for `key` at `position`, or the freshly computed one (then cached). */
  get(key: string, position: number, compute: () => string): string {
    const hit = this.#entries.get(key)
    if (hit && hit.position === position) return hit.body
    const body = compute()
    // Re-insert so the Map's order is least recently computed first; evict from the front.
    this.#entries.delete(key)
    this.#entries.set(key, { position, body })
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!)
    return body
  }
}
