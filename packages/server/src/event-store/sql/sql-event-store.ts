import { type Kysely, type RawBuilder, sql } from 'kysely'
import { encodeEvents, resultOf } from '../append-steps.ts'
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
} from '../event-store.ts'
import { GroupCommit } from '../group-commit.ts'
import { HeadListeners, type HeadWatcher } from '../head-listeners.ts'
import type { AppendJob } from '../plan-batch.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { verifyLog } from '../verify-log.ts'
import type { SqlCapabilities } from './capabilities.ts'
import { fromRow } from './event-row.ts'
import { readHead } from './read-head.ts'
import { readRange } from './read-range.ts'
import { writeBatch } from './write-batch.ts'

/** What a SQL backend (sqlite/, postgres/) hands the shared store. */
export interface SqlBackend {
  readonly db: Kysely<EventStoreDatabase>
  readonly capabilities: SqlCapabilities
  /** How this store hears of other processes' appends. */
  readonly watch: (readHead: () => Promise<number>) => HeadWatcher
  /**
   * What tells other processes, inside the append's transaction, that the head moved: an SQL
   * expression selected after the rows are written; absent when they poll.
   */
  readonly announcement?: (head: number) => RawBuilder<unknown>
}

/**
 * The event store on any SQL database Kysely speaks, given its backend.
 *
 * Appends are group-committed (group-commit.ts): appends that arrive while a transaction is being
 * written queue, and the next transaction takes all of them — one lock, one COMMIT, one fsync for the
 * lot. Each append is still checked on its own (plan-batch.ts) against the log as it stands after the
 * appends before it, so it fails or succeeds exactly as it would have alone, and each caller's
 * promise settles only after that COMMIT returned.
 *
 * Every transaction takes the log's single write lock (see SqlCapabilities.writeLock), so positions
 * are handed out in commit order: head + 1 is read and the head advanced inside the one transaction
 * that holds the lock, and only its commit releases it. A reader that has seen position N therefore
 * never later finds a newly committed event below N, on PostgreSQL too, where events numbered by a
 * sequence could commit out of order. A store writes one transaction at a time; several processes
 * on one database take turns at the lock.
 */
export class SqlEventStore implements EventStore {
  readonly #db: Kysely<EventStoreDatabase>
  readonly #capabilities: SqlCapabilities
  readonly #announcement: SqlBackend['announcement']
  readonly #listeners: HeadListeners
  readonly #batches = new GroupCommit<AppendJob, AppendResult>((jobs) => this.#writeTransaction(jobs))

  constructor(backend: SqlBackend) {
    this.#db = backend.db
    this.#capabilities = backend.capabilities
    this.#announcement = backend.announcement
    const head = () => this.head()
    this.#listeners = new HeadListeners(head, backend.watch(head))
  }

  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    try {
      // Serialised before queueing, so a payload that cannot be stored fails its own caller only.
      return this.#batches.submit({ streamId, encoded: encodeEvents(streamId, events), options })
    } catch (error) {
      return Promise.reject(error)
    }
  }

  async findCommand(commandId: string): Promise<AppendResult | undefined> {
    const command = await this.#db
      .selectFrom('commands')
      .selectAll()
      .where('command_id', '=', commandId)
      .executeTakeFirst()
    if (!command) return undefined
    return resultOf(await readRange(this.#db, command.first_position, command.last_position), true)
  }

  async #writeTransaction(jobs: readonly AppendJob[]) {
    const lockHead = this.#capabilities.writeLock === 'select-for-update'
    const begin = lockHead ? sql`begin` : sql`begin immediate`
    // Kysely's transaction() would issue a deferred BEGIN, so the transaction is driven by hand on one connection.
    const written = await this.#db.connection().execute(async (trx) => {
      await begin.execute(trx)
      try {
        const batch = await writeBatch(
          trx,
          jobs,
          { lockHead, oneStatement: this.#capabilities.dataModifyingWith },
          this.#announcement,
        )
        await sql`commit`.execute(trx)
        return batch
      } catch (error) {
        // The batch's own error is the one to report; a rollback that fails means the connection is
        // gone, and the database discards the transaction with it.
        await sql`rollback`.execute(trx).catch(() => undefined)
        throw error
      }
    })
    // Listeners hear of the batch a turn after its appenders got their results: an appender that
    // passes its events on (the server folds its own appends into its projections) is then first,
    // and a listener reading from the log finds nothing left to read.
    const head = written.appendedUpTo
    if (head !== undefined) setImmediate(() => this.#listeners.emit(head))
    return written.outcomes
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly StoredEvent[]> {
    const rows = await this.#db
      .selectFrom('events')
      .selectAll()
      .where('stream_id', '=', streamId)
      .where('stream_version', '>', options.afterVersion ?? 0)
      .orderBy('stream_version')
      .execute()
    return rows.map(fromRow)
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<readonly StoredEvent[]> {
    const { from = 1, to = Number.MAX_SAFE_INTEGER, batchSize = 1000 } = options
    let next = from
    while (next <= to) {
      const batch = await readRange(this.#db, next, to, batchSize)
      if (batch.length > 0) yield batch
      if (batch.length < batchSize) return
      next = batch.at(-1)!.position + 1
    }
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
    // Appends already submitted are written (and acknowledged) before the connection goes.
    await this.#batches.idle()
    this.#listeners.close()
    await this.#db.destroy()
  }
}
