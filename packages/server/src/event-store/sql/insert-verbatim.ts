import { type Kysely, sql } from 'kysely'
import type { LogHead } from '../append-steps.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { streamVersions } from './batch-lookups.ts'
import type { SqlCapabilities } from './capabilities.ts'
import { checkContinues } from './chain-continuity.ts'
import type { EventRow } from './event-row.ts'
import { readHead } from './read-head.ts'

/** Rows per INSERT: 10 parameters each stays well under SQLite's 32,766 and PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000

/**
 * Stores events exactly as another database stored them — positions, versions, JSON text,
 * recorded-at and hashes — for `npm run db -- copy`. Deliberately not part of EventStore: `append`
 * computes every hash itself, so no application code can store one it made up, and only the db copy
 * command may import this (a lint rule in biome.json says so).
 *
 * The batch is written in one transaction under the log's write lock (as an append takes it), and only
 * if it continues the stored log (chain-continuity.ts): a copy can extend a log, never fork or rewrite it.
 * Content hashes are not recomputed here; the copy ends with a full verify of the target, which does.
 * Returns the new head.
 */
export const insertVerbatim = (
  db: Kysely<EventStoreDatabase>,
  capabilities: SqlCapabilities,
  rows: readonly EventRow[],
): Promise<LogHead> => {
  const lockHead = capabilities.writeLock === 'select-for-update'
  return db.connection().execute(async (trx) => {
    await (lockHead ? sql`begin` : sql`begin immediate`).execute(trx)
    try {
      const head = await readHead(trx, lockHead)
      const versions = await streamVersions(trx, [...new Set(rows.map((row) => row.stream_id))])
      const next = checkContinues(rows, head, versions)
      for (let start = 0; start < rows.length; start += INSERT_CHUNK)
        await trx
          .insertInto('events')
          .values(rows.slice(start, start + INSERT_CHUNK))
          .execute()
      if (rows.length > 0) await trx.updateTable('log_head').set(next).where('id', '=', 1).execute()
      await sql`commit`.execute(trx)
      return next
    } catch (error) {
      await sql`rollback`.execute(trx).catch(() => undefined)
      throw error
    }
  })
}
