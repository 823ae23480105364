import { type Kysely, type Selectable, sql } from 'kysely'
import type { CommandsTable, EventStoreDatabase } from '../schema/events.table.ts'

/**
 * The reads a batch of appends needs, one query per batch rather than one per append. Chunked
 * well below SQLite's limits (500 terms in a compound SELECT, 32,766 parameters).
 */
const CHUNK = 200

const chunks = <T>(items: readonly T[]): T[][] => {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK))
  return result
}

/**
 * Each stream's current version (0 for a stream with no events). One `max()` per stream, joined
 * with UNION ALL: on both databases `max(stream_version) where stream_id = ?` is a single probe of
 * the (stream_id, stream_version) index, however long the stream, where a `GROUP BY` over an `IN`
 * list would walk every index entry of every stream named.
 */
export const streamVersions = async (
  trx: Kysely<EventStoreDatabase>,
  streamIds: readonly string[],
): Promise<Map<string, number>> => {
  const versions = new Map<string, number>()
  for (const chunk of chunks(streamIds)) {
    const terms = chunk.map(
      (streamId, index) =>
        sql`select ${sql.lit(index)} as i, (select max(stream_version) from events where stream_id = ${streamId}) as version`,
    )
    const { rows } = await sql<{
      i: number
      version: number | null
    }>`${sql.join(terms, sql` union all `)}`.execute(trx)
    for (const row of rows) versions.set(chunk[row.i]!, Number(row.version ?? 0))
  }
  return versions
}

export type CommandRow = Selectable<CommandsTable>

/** The commands already stored under any of these ids, by id. */
export const storedCommands = async (
  trx: Kysely<EventStoreDatabase>,
  commandIds: readonly string[],
): Promise<Map<string, CommandRow>> => {
  const found = new Map<string, CommandRow>()
  for (const chunk of chunks(commandIds)) {
    const rows = await trx.selectFrom('commands').selectAll().where('command_id', 'in', chunk).execute()
    for (const row of rows) found.set(row.command_id, row)
  }
  return found
}
