import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { LogHead } from '../append-steps.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import type { CommandRow } from './batch-lookups.ts'
import type { EventRow } from './event-row.ts'

/** Rows per INSERT: 10 parameters each stays well under SQLite's 32,766 and PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000

const chunked = <T>(rows: readonly T[]): T[][] => {
  const chunks: T[][] = []
  for (let start = 0; start < rows.length; start += INSERT_CHUNK)
    chunks.push(rows.slice(start, start + INSERT_CHUNK))
  return chunks
}

/** What one batch writes: its events and command ids, the new head, and what tells other processes. */
export interface BatchRows {
  readonly events: readonly EventRow[]
  readonly commands: readonly CommandRow[]
  readonly head: LogHead
  /** selected in the same transaction, after the rows are written (PostgreSQL's pg_notify) */
  readonly announcement: RawBuilder<unknown> | undefined
}

/**
 * Writes a batch's rows inside its transaction (which holds the log's write lock). With
 * `oneStatement` (PostgreSQL: data-modifying WITH), the last chunk of events, the last chunk of
 * command ids, the head and the announcement go in one statement: every round trip to the server is
 * time the head lock is held while the other instances wait for it. SQLite, in the process, needs
 * no such care: one statement per table.
 */
export const writeRows = async (
  trx: Kysely<EventStoreDatabase>,
  rows: BatchRows,
  oneStatement: boolean,
): Promise<void> => {
  const events = chunked(rows.events)
  const commands = chunked(rows.commands)
  const lastEvents = oneStatement ? events.pop() : undefined
  const lastCommands = oneStatement ? commands.pop() : undefined
  for (const chunk of events) await trx.insertInto('events').values(chunk).execute()
  for (const chunk of commands) await trx.insertInto('commands').values(chunk).execute()
  const moveHead = (db: Kysely<EventStoreDatabase>) =>
    db.updateTable('log_head').set({ position: rows.head.position, hash: rows.head.hash }).where('id', '=', 1)
  if (!oneStatement) {
    await moveHead(trx).execute()
    if (rows.announcement) await sql`select ${rows.announcement}`.execute(trx)
    return
  }
  const parts = [sql`moved as (${moveHead(trx)})`]
  if (lastEvents) parts.push(sql`appended as (${trx.insertInto('events').values(lastEvents)})`)
  if (lastCommands) parts.push(sql`commanded as (${trx.insertInto('commands').values(lastCommands)})`)
  await sql`with ${sql.join(parts)} select ${rows.announcement ?? sql`1`}`.execute(trx)
}
