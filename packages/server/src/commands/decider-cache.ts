import {
  decodeEvent,
  evolveOwned,
  initialState,
  type TeamDecisionState,
  type TeamEvent,
} from '@tandem/domain'
import { Result } from 'effect'
import type { EventStore } from '../event-store/event-store.ts'

/** A team's decision state, the stream version it reflects and the log position of its last event. */
export interface CachedState {
  readonly state: TeamDecisionState
  readonly version: number
  readonly position: number
}

/**
 * Decision state per team stream, kept in memory so a command does not re-read its team's stream.
 * The cache owns each state: it folds appended events into it in place (`evolveOwned`, one map write
 * per event instead of copying a team's 400 cases), and only after the append succeeded, so a
 * rejected or conflicting decision leaves it as it was. Callers read a state inside `exclusive` and
 * must not keep it past their turn. `exclusive` runs one command per team at a time in this
 * process, so commands of one team queue instead of conflicting, while other teams proceed.
 *
 * Other processes on the same database (several instances, docs/architecture.md#storage) append too, so a cached
 * state may be behind the store. That is safe because of how the command service uses it: an
 * acceptance decided on a stale state fails its append on the stream version, and a rejection is
 * given only after `refresh` found no newer events; either way the command is decided again on the
 * state `refresh` brought up to the store's stream version, reading only the events appended since.
 * So a stale state costs a re-decision, never a wrong answer. To make that rare, the projections
 * tell the cache of every event they fold (`noteFolded`): one beyond a cached state's last position
 * was appended by another process, and the next `get` of that team refreshes before deciding.
 */
export class DeciderCache {
  readonly #store: EventStore
  readonly #states = new Map<string, CachedState>()
  /** streams another process appended to after their cached state: refreshed on the next `get` */
  readonly #behind = new Set<string>()
  readonly #locks = new Map<string, Promise<unknown>>()

  constructor(store: EventStore) {
    this.#store = store
  }

  async get(streamId: string): Promise<CachedState> {
    const cached = this.#states.get(streamId)
    if (!cached) return this.reload(streamId)
    return this.#behind.has(streamId) ? this.#foldFrom(streamId, cached) : cached
  }

  /**
   * The projections folded events of the stream up to `position`. Own appends are in the cached
   * state already (`advance` ran first), so a later position means another process wrote.
   */
  noteFolded(streamId: string, position: number): void {
    const cached = this.#states.get(streamId)
    if (cached && position > cached.position) this.#behind.add(streamId)
  }

  /** Re-reads the stream from the store; decoding failures mean a broken log and are thrown. */
  async reload(streamId: string): Promise<CachedState> {
    this.#states.delete(streamId)
    return this.#foldFrom(streamId, { state: initialState(), version: 0, position: 0 })
  }

  /**
   * Brings the team's state up to the store's stream version, reading only the events after the
   * cached version (one indexed query that finds none when no other process wrote). Returns the
   * state as it now is; its `version` differs from the one the caller decided on when it was stale.
   */
  async refresh(streamId: string): Promise<CachedState> {
    const cached = this.#states.get(streamId)
    return cached ? this.#foldFrom(streamId, cached) : this.reload(streamId)
  }

  async #foldFrom(streamId: string, from: CachedState): Promise<CachedState> {
    const newer = await this.#store.readStream(streamId, { afterVersion: from.version })
    this.#behind.delete(streamId)
    if (newer.length === 0) {
      this.#states.set(streamId, from)
      return from
    }
    // The state is folded in place: should an event not decode, the half-folded state must go.
    this.#states.delete(streamId)
    let state = from.state
    for (const stored of newer) {
      const event = decodeEvent(stored)
      if (Result.isFailure(event)) throw event.failure
      state = evolveOwned(state, event.success)
    }
    const last = newer.at(-1)!
    const cached = { state, version: last.streamVersion, position: last.position }
    this.#states.set(streamId, cached)
    return cached
  }

  /**
   * Records this process's own successful append, ending at stream `version` and log `position`;
   * `from` is consumed (its maps are written into).
   */
  advance(
    streamId: string,
    from: CachedState,
    events: readonly TeamEvent[],
    version: number,
    position: number,
  ): void {
    this.#states.set(streamId, { state: events.reduce(evolveOwned, from.state), version, position })
  }

  /**
   * Loads the given streams one after another in the background, yielding between them, so the
   * first command of each team after a start does not pay for reading its whole stream.
   */
  async warm(streamIds: readonly string[]): Promise<void> {
    for (const streamId of streamIds) {
      if (!this.#states.has(streamId))
        await this.exclusive(streamId, async () => {
          if (!this.#states.has(streamId)) await this.reload(streamId)
        })
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  forget(streamId: string): void {
    this.#states.delete(streamId)
    this.#behind.delete(streamId)
  }

  exclusive<T>(streamId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(streamId) ?? Promise.resolve()
    const run = previous.then(task, task)
    const tail = run.catch(() => undefined)
    this.#locks.set(streamId, tail)
    void tail.then(() => {
      if (this.#locks.get(streamId) === tail) this.#locks.delete(streamId)
    })
    return run
  }
}
