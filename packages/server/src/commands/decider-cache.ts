import {
  decodeEvent,
  evolveOwned,
  initialState,
  type TeamDecisionState,
  type TeamEvent,
} from '@tandem/domain'
import { Result } from 'effect'
import type { EventStore } from '../event-store/event-store.ts'

/** A team's decision state and the stream version it reflects. */
export interface CachedState {
  readonly state: TeamDecisionState
  readonly version: number
}

/**
 * Decision state per team stream, kept in memory so a command does not re-read its team's stream.
 * The cache owns each state: it folds appended events into it in place (`evolveOwned`, one map write
 * per event instead of copying a team's 400 cases), and only after the append succeeded, so a
 * rejected or conflicting decision leaves it as it was. Callers read a state inside `exclusive` and
 * must not keep it past their turn.
 * Only this process's appends update it; a version conflict (another process wrote) makes the
 * caller `reload`. `exclusive` runs one command per team at a time in this process, so commands of
 * one team queue instead of conflicting, while other teams proceed.
 */
export class DeciderCache {
  readonly #store: EventStore
  readonly #states = new Map<string, CachedState>()
  readonly #locks = new Map<string, Promise<unknown>>()

  constructor(store: EventStore) {
    this.#store = store
  }

  async get(streamId: string): Promise<CachedState> {
    return this.#states.get(streamId) ?? this.reload(streamId)
  }

  /** Re-reads the stream from the store; decoding failures mean a broken log and are thrown. */
  async reload(streamId: string): Promise<CachedState> {
    let state = initialState()
    let version = 0
    for (const stored of await this.#store.readStream(streamId)) {
      const event = decodeEvent(stored)
      if (Result.isFailure(event)) throw event.failure
      state = evolveOwned(state, event.success)
      version = stored.streamVersion
    }
    const cached = { state, version }
    this.#states.set(streamId, cached)
    return cached
  }

  /** Records this process's own successful append; `from` is consumed (its maps are written into). */
  advance(streamId: string, from: CachedState, events: readonly TeamEvent[], version: number): void {
    this.#states.set(streamId, { state: events.reduce(evolveOwned, from.state), version })
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
