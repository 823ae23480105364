import type { Selectable } from 'kysely'
import type { EncodedEvent } from '../append-steps.ts'
import type { StoredEvent } from '../event-store.ts'
import type { EventsTable } from '../schema/events.table.ts'

export type EventRow = Selectable<EventsTable>

/**
 * Row → envelope. This is the hot path of every replay, so it does no more than the two JSON.parse
 * calls a raw reader needs anyway and one object literal (see test/bench/sections/replay.ts). Rows are
 * not otherwise checked here: `verify()` is what proves a row is what was appended.
 */
export const fromRow = (row: EventRow): StoredEvent => ({
  position: row.position,
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  type: row.type,
  schemaVersion: row.schema_version,
  data: JSON.parse(row.data),
  metadata: JSON.parse(row.metadata),
  recordedAt: row.recorded_at,
  previousHash: row.previous_hash,
  hash: row.hash,
})

/** Envelope → row, storing the very JSON text that was hashed. */
export const toRow = (event: StoredEvent, encoded: EncodedEvent): EventRow => ({
  position: event.position,
  stream_id: event.streamId,
  stream_version: event.streamVersion,
  type: event.type,
  schema_version: event.schemaVersion,
  data: encoded.dataJson,
  metadata: encoded.metadataJson,
  recorded_at: event.recordedAt,
  previous_hash: event.previousHash,
  hash: event.hash,
})
