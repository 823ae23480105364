/**
 * Row types of the store's tables, as the database sees them. They are kept apart from the envelope
 * (event-store.ts): sql/event-row.ts is the one place that converts between the two.
 */

/** One event. `data` and `metadata` are JSON text, stored exactly as hashed and read back. */
export interface EventsTable {
  readonly position: number
  readonly stream_id: string
  readonly stream_version: number
  readonly type: string
  readonly schema_version: number
  readonly data: string
  readonly metadata: string
  readonly recorded_at: string
  readonly previous_hash: string
  readonly hash: string
}

/** Exactly one row (id 1): the last position and its hash, 0 and the genesis hash when empty. */
export interface LogHeadTable {
  readonly id: number
  readonly position: number
  readonly hash: string
}

/** One row per appended command id: the positions its events were stored at. */
export interface CommandsTable {
  readonly command_id: string
  readonly stream_id: string
  readonly first_position: number
  readonly last_position: number
}

export interface EventStoreDatabase {
  readonly events: EventsTable
  readonly log_head: LogHeadTable
  readonly commands: CommandsTable
}
