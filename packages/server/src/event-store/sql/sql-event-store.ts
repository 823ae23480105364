import { type Kysely, sql } from 'kysely'
import {
  chainEvents,
  checkExpectedVersion,
  type EncodedEvent,
  encodeEvents,
  resultOf,
} from '../append-steps.ts'
import { CommandIdReused } from '../errors.ts'
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  StoredEvent,
} from '../event-store.ts'
import { HeadListeners, type HeadWatcher } from '../head-listeners.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { verifyLog } from '../verify-log.ts'
import type { SqlCapabilities } from './capabilities.ts'
import { fromRow, toRow } from './event-row.ts'
import { readHead } from './read-head.ts'

/** What a SQL backend (sqlite/, postgres/) hands the shared store. */
export interface SqlBackend {
  readonly db: Kysely<EventStoreDatabase>
  readonly capabilities: SqlCapabilities
  /** How this store hears of other processes' appends. */
  readonly watch: (readHead: () => Promise<number>) => HeadWatcher
  /** Tells other processes, inside the append's transaction, that the head moved; absent when they poll. */
  readonly announce?: (trx: Kysely<EventStoreDatabase>, head: number) => Promise<void>
}

/** Rows per INSERT: 10 parameters each stays well under SQLite's 32,766 and PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000

/**
 * The event store on any SQL database Kysely speaks, given its backend. Every append takes the log's
 * single write lock (see SqlCapabilities.writeLock), so positions are handed out in commit order:
 * position = head + 1 is read and the head advanced inside the one transaction that holds the lock,
 * and the lock is released only by that transaction's commit. A reader that has seen position N
 * therefore can never later find a newly committed event below N, on PostgreSQL too, where events
 * numbered by a sequence could commit out of order.
 */
export class SqlEventStore implements EventStore {
  readonly #db: Kysely<EventStoreDatabase>
  readonly #capabilities: SqlCapabilities
  readonly #announce: SqlBackend['announce']
  readonly #listeners: HeadListeners

  constructor(backend: SqlBackend) {
    this.#db = backend.db
    this.#capabilities = backend.capabilities
    this.#announce = backend.announce
    const head = () => this.head()
    this.#listeners = new HeadListeners(head, backend.watch(head))
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const encoded = encodeEvents(streamId, events)
    const begin = this.#capabilities.writeLock === 'begin-immediate' ? sql`begin immediate` : sql`begin`
    // Kysely's transaction() would issue a deferred BEGIN, so the transaction is driven by hand on one connection.
    const result = await this.#db.connection().execute(async (trx) => {
      await begin.execute(trx)
      try {
        const appended = await this.#appendLocked(trx, streamId, encoded, options)
        await sql`commit`.execute(trx)
        return appended
      } catch (error) {
        // The append's own error is the one to report; a rollback that fails means the connection is
        // gone, and the database discards the transaction with it.
        await sql`rollback`.execute(trx).catch(() => undefined)
        throw error
      }
    })
    if (!result.duplicate) this.#listeners.emit(result.lastPosition)
    return result
  }

  async #appendLocked(
    trx: Kysely<EventStoreDatabase>,
    streamId: string,
    encoded: readonly EncodedEvent[],
    { expectedVersion, commandId }: AppendOptions,
  ): Promise<AppendResult> {
    const head = await readHead(trx, this.#capabilities.writeLock === 'select-for-update')
    if (commandId !== undefined) {
      const earlier = await trx
        .selectFrom('commands')
        .selectAll()
        .where('command_id', '=', commandId)
        .executeTakeFirst()
      if (earlier) {
        if (earlier.stream_id !== streamId)
          throw new CommandIdReused({ commandId, streamId, originalStreamId: earlier.stream_id })
        return resultOf(await this.#readRange(trx, earlier.first_position, earlier.last_position), true)
      }
    }
    const current = await trx
      .selectFrom('events')
      .select('stream_version')
      .where('stream_id', '=', streamId)
      .orderBy('stream_version', 'desc')
      .limit(1)
      .executeTakeFirst()
    const streamVersion = current?.stream_version ?? 0
    checkExpectedVersion(streamId, expectedVersion, streamVersion)

    const recordedAt = new Date().toISOString()
    const stored = chainEvents(encoded, { streamId, streamVersion, head, recordedAt })
    const rows = stored.map((event, index) => toRow(event, encoded[index]!))
    for (let start = 0; start < rows.length; start += INSERT_CHUNK)
      await trx
        .insertInto('events')
        .values(rows.slice(start, start + INSERT_CHUNK))
        .execute()
    const last = stored.at(-1)!
    if (commandId !== undefined)
      await trx
        .insertInto('commands')
        .values({
          command_id: commandId,
          stream_id: streamId,
          first_position: stored[0]!.position,
          last_position: last.position,
        })
        .execute()
    await trx
      .updateTable('log_head')
      .set({ position: last.position, hash: last.hash })
      .where('id', '=', 1)
      .execute()
    await this.#announce?.(trx, last.position)
    return resultOf(stored, false)
  }

  async readStream(streamId: string): Promise<readonly StoredEvent[]> {
    const rows = await this.#db
      .selectFrom('events')
      .selectAll()
      .where('stream_id', '=', streamId)
      .orderBy('stream_version')
      .execute()
    return rows.map(fromRow)
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<readonly StoredEvent[]> {
    const { from = 1, to = Number.MAX_SAFE_INTEGER, batchSize = 1000 } = options
    let next = from
    while (next <= to) {
      const batch = await this.#readRange(this.#db, next, to, batchSize)
      if (batch.length > 0) yield batch
      if (batch.length < batchSize) return
      next = batch.at(-1)!.position + 1
    }
  }

  async #readRange(db: Kysely<EventStoreDatabase>, from: number, to: number, limit?: number) {
    let query = db
      .selectFrom('events')
      .selectAll()
      .where('position', '>=', from)
      .where('position', '<=', to)
      .orderBy('position')
    if (limit !== undefined) query = query.limit(limit)
    return (await query.execute()).map(fromRow)
  }

  async head(): Promise<number> {
    return (await readHead(this.#db, false)).position
  }

  onAppended(listener: (head: number) => void): () => void {
    return this.#listeners.add(listener)
  }

  async verify() {
    const head = await readHead(this.#db, false)
    return verifyLog(this.readAll({ to: head.position, batchSize: 5000 }), head)
  }

  async close(): Promise<void> {
    this.#listeners.close()
    await this.#db.destroy()
  }
}
