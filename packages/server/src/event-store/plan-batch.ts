import { chainEvents, checkExpectedVersion, type EncodedEvent, type LogHead } from './append-steps.ts'
import { CommandIdReused } from './errors.ts'
import type { AppendOptions, StoredEvent } from './event-store.ts'

/** One append waiting for its batch: serialised already, so a bad payload fails its caller alone. */
export interface AppendJob {
  readonly streamId: string
  readonly encoded: readonly EncodedEvent[]
  readonly options: AppendOptions
}

/** Where a command id was stored before this batch: the positions of its events. */
export interface StoredCommand {
  readonly streamId: string
  readonly firstPosition: number
  readonly lastPosition: number
}

/** What the batch does with one job. */
export type Placement =
  | { readonly kind: 'append'; readonly events: readonly StoredEvent[] }
  /** The command id was appended earlier in this same batch, by job `index`. */
  | { readonly kind: 'repeat'; readonly index: number }
  /** The command id was stored by an earlier transaction: answer with those events. */
  | { readonly kind: 'stored'; readonly command: StoredCommand }
  | { readonly kind: 'failed'; readonly error: unknown }

export interface BatchState {
  /** The log's head as read under the write lock. */
  readonly head: LogHead
  /** Each stream's version before the batch (streams not listed have none). */
  readonly versions: ReadonlyMap<string, number>
  /** Command ids of the batch already stored before it. */
  readonly commands: ReadonlyMap<string, StoredCommand>
  readonly recordedAt: string
}

/**
 * Places a batch of appends, in order, as if each had been its own transaction: every job is checked
 * against the stored state *plus the jobs placed before it in the batch* — its expected version, and
 * its command id. A job that fails (a stale expected version, a command id used on another stream)
 * fails alone and takes no position; the others get consecutive positions, chained hash to hash from
 * `head`. Pure: the caller reads the state and writes the result inside one transaction.
 */
export const planBatch = (jobs: readonly AppendJob[], state: BatchState) => {
  let head = state.head
  const versions = new Map(state.versions)
  const placedCommands = new Map<string, { readonly streamId: string; readonly index: number }>()
  const placements = jobs.map((job, index): Placement => {
    const { streamId, encoded, options } = job
    const { commandId } = options
    if (commandId !== undefined) {
      const earlier = placedCommands.get(commandId) ?? state.commands.get(commandId)
      if (earlier && earlier.streamId !== streamId)
        return {
          kind: 'failed',
          error: new CommandIdReused({ commandId, streamId, originalStreamId: earlier.streamId }),
        }
      const inBatch = placedCommands.get(commandId)
      if (inBatch) return { kind: 'repeat', index: inBatch.index }
      const stored = state.commands.get(commandId)
      if (stored) return { kind: 'stored', command: stored }
    }
    const streamVersion = versions.get(streamId) ?? 0
    try {
      checkExpectedVersion(streamId, options.expectedVersion, streamVersion)
    } catch (error) {
      return { kind: 'failed', error }
    }
    const events = chainEvents(encoded, { streamId, streamVersion, head, recordedAt: state.recordedAt })
    const last = events.at(-1)!
    head = { position: last.position, hash: last.hash }
    versions.set(streamId, last.streamVersion)
    if (commandId !== undefined) placedCommands.set(commandId, { streamId, index })
    return { kind: 'append', events }
  })
  return { placements, head }
}
