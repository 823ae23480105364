import { type Kysely, sql } from 'kysely'
import type { LogHead } from '../append-steps.ts'
import type { VerifyProblem } from '../event-store.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { streamVersions } from './batch-lookups.ts'
import type { SqlCapabilities } from './capabilities.ts'
import type { EventRow } from './event-row.ts'
import { readHead } from './read-head.ts'

/** Rows per INSERT: 10 parameters each stays well under SQLite's 32,766 and PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000

/** A batch that does not continue the log it is written to; nothing of it was stored. */
export class ChainBroken extends Error {
  readonly position: number
  readonly problem: VerifyProblem

  constructor(position: number, problem: VerifyProblem, detail: string) {
    super(`position ${position}: ${detail}`)
    this.name = 'ChainBroken'
    this.position = position
    this.problem = problem
  }
}

/** Checks that `rows` continue the log at `head`: the next positions, each stream's next versions, each previous hash the hash before it. */
const checkContinues = (rows: readonly EventRow[], head: LogHead, versions: Map<string, number>) => {
  let position = head.position
  let previousHash = head.hash
  for (const row of rows) {
    position++
    if (row.position !== position)
      throw new ChainBroken(position, 'position-gap', `expected position ${position}, found ${row.position}`)
    if (row.previous_hash !== previousHash)
      throw new ChainBroken(
        position,
        'previous-hash-mismatch',
        'its previous hash is not the hash of the event before it',
      )
    const version = (versions.get(row.stream_id) ?? 0) + 1
    if (row.stream_version !== version)
      throw new ChainBroken(
        position,
        'stream-version-gap',
        `stream ${row.stream_id}: expected version ${version}, found ${row.stream_version}`,
      )
    versions.set(row.stream_id, version)
    previousHash = row.hash
  }
  return { position, hash: previousHash }
}

/**
 * Stores events exactly as another database stored them — positions, versions, JSON text,
 * recorded-at and hashes — for `npm run db -- copy`. Deliberately not part of EventStore: `append`
 * computes every hash itself, so no application code can store one it made up, and only the db copy
 * command may import this (a lint rule in biome.json says so).
 *
 * The batch is written in one transaction under the log's write lock (as an append takes it), and only
 * if it continues the stored log (checkContinues): a copy can extend a log, never fork or rewrite it.
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
