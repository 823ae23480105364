import { EmptyAppend, StreamVersionConflict } from './errors.ts'
import type { EventMetadata, ExpectedVersion, NewEvent, StoredEvent } from './event-store.ts'
import { hashEvent } from './hash-chain.ts'

/**
 * The steps of an append that every backend shares, so that they agree on what is stored and hashed.
 */

/** An event serialised for storage, with `data` and `metadata` as a reader will get them back. */
export interface EncodedEvent {
  readonly type: string
  readonly schemaVersion: number
  readonly data: unknown
  readonly metadata: EventMetadata
  readonly dataJson: string
  readonly metadataJson: string
}

/** The last event of the log, or position 0 and the genesis hash when it is empty. */
export interface LogHead {
  readonly position: number
  readonly hash: string
}

/**
 * Serialises the events before any lock is taken. The hash covers the values as read back from the
 * stored JSON (so `undefined` members vanish and dates become strings exactly as a reader sees them),
 * which is why the stored text is parsed again here.
 */
export const encodeEvents = (streamId: string, events: readonly NewEvent[]): readonly EncodedEvent[] => {
  if (events.length === 0) throw new EmptyAppend({ streamId })
  return events.map((event) => {
    const dataJson = JSON.stringify(event.data) ?? 'null'
    const metadataJson = JSON.stringify(event.metadata)
    return {
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.parse(dataJson),
      metadata: JSON.parse(metadataJson),
      dataJson,
      metadataJson,
    }
  })
}

export const checkExpectedVersion = (streamId: string, expected: ExpectedVersion, actual: number): void => {
  if (expected === 'any') return
  const wanted = expected === 'no-stream' ? 0 : expected
  if (wanted !== actual) throw new StreamVersionConflict({ streamId, expected, actual })
}

/** Gives the events their positions, versions and hashes, continuing the chain from `head`. */
export const chainEvents = (
  encoded: readonly EncodedEvent[],
  at: {
    readonly streamId: string
    readonly streamVersion: number
    readonly head: LogHead
    readonly recordedAt: string
  },
): readonly StoredEvent[] => {
  let previousHash = at.head.hash
  return encoded.map((event, index) => {
    const fields = {
      position: at.head.position + index + 1,
      streamId: at.streamId,
      streamVersion: at.streamVersion + index + 1,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
      recordedAt: at.recordedAt,
      previousHash,
    }
    const stored = { ...fields, hash: hashEvent(fields) }
    previousHash = stored.hash
    return stored
  })
}

export const resultOf = (events: readonly StoredEvent[], duplicate: boolean) => {
  const last = events.at(-1)!
  return { events, lastPosition: last.position, streamVersion: last.streamVersion, duplicate }
}
