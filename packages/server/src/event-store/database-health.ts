import type { Logger } from '../log/logger.ts'
import { type DatabaseCondition, DatabaseUnavailable } from './errors.ts'

/** What a query's outcome says about the database. */
export type Outcome =
  /** it answered (a result, or an error of the query itself, or a timeout it reported) */
  | 'answered'
  /** no connection could be made to it, or it stopped answering: it is down until a probe gets through */
  | 'unreachable'
  /** this connection failed, which says nothing about the next one */
  | 'neutral'

export interface DatabaseHealthOptions {
  readonly log?: Logger
  /** every fault, for the `tandem_database_errors_total` counter */
  readonly onFault?: (fault: DatabaseUnavailable) => void
  /** a connection to the database works again after it was unreachable */
  readonly onReconnect?: (connection: 'pool' | 'listen') => void
  readonly now?: () => number
  readonly random?: () => number
}

/** The first wait after the database went away, doubled on each failed probe up to the last. */
const FIRST_BACKOFF_MS = 250
const MAX_BACKOFF_MS = 4000

/** One line per condition per this long: a disk that is full fails every write, and the log must stay readable. */
const LOG_EVERY_MS = 10_000

/** What the operator reads in the log line, per condition. */
const LOG_LINES: Readonly<Record<DatabaseCondition, string>> = {
  unreachable: 'database unreachable; requests answer 503 until it is back',
  'not-responding': 'database not responding within the timeout; requests answer 503 until it does',
  timeout: 'database statement timed out',
  busy: 'database busy: another process held the write lock past the busy timeout',
  overloaded:
    'database overloaded: no connection came free in time, or it refused for lack of connections or memory',
  'disk-full': 'database disk full: writes fail until space is freed (reads still work)',
  'read-only': 'database read-only: writes fail until it accepts writes again',
  'io-error': 'database I/O error: check the disk and the database file',
}

const CONNECTION_LOST = 'database connection lost; the next request opens a new one'

/**
 * Whether the database can be reached, shared by every connection of one server to it (the store's,
 * the server tables', the listener's). When it becomes unreachable, queries fail at once with
 * `DatabaseUnavailable` instead of each waiting for a connection that cannot be made; after a
 * backoff (250 ms, doubling to 4 s, with jitter) queries are let through again, and the first that
 * gets an answer closes the circuit. Also counts and logs every fault, naming its condition.
 */
export class DatabaseHealth {
  readonly #options: DatabaseHealthOptions
  readonly #now: () => number
  readonly #random: () => number
  /** when the database was found unreachable; undefined while it answers */
  #lostAt: number | undefined
  /** failed rounds since it was lost */
  #rounds = 0
  /** no query is let through before this moment */
  #retryAt = 0
  /** when each log line was last written */
  readonly #logged = new Map<string, number>()

  constructor(options: DatabaseHealthOptions = {}) {
    this.#options = options
    this.#now = options.now ?? Date.now
    this.#random = options.random ?? Math.random
  }

  /** False from the moment a connection to the database could not be made until one can. */
  get reachable(): boolean {
    return this.#lostAt === undefined
  }

  /** Before taking a connection: throws `DatabaseUnavailable` while the database is down and its retry is not yet due. */
  admit(): void {
    if (this.#lostAt === undefined) return
    const wait = this.#retryAt - this.#now()
    if (wait > 0)
      throw new DatabaseUnavailable({ condition: 'unreachable', code: 'circuit-open', retryAfterMs: wait })
  }

  /** After a query, with what its outcome says about the database. */
  report(outcome: Outcome): void {
    if (outcome !== 'answered' || this.#lostAt === undefined) return
    const afterMs = this.#now() - this.#lostAt
    this.#lostAt = undefined
    this.#rounds = 0
    this.#retryAt = 0
    this.#logged.clear()
    this.#options.log?.info('database reachable again', { afterMs })
    this.#options.onReconnect?.('pool')
  }

  /** The connection that listens for other instances' appends is open again after it was lost. */
  listenerReconnected(): void {
    this.#options.log?.info('listening for other instances again; catching up from the last position seen')
    this.#options.onReconnect?.('listen')
  }

  /**
   * Records a fault and returns it with the wait a caller should observe. An `unreachable` outcome
   * opens the circuit, or, when its retry was already due, keeps it open for a longer round.
   */
  fault(fault: DatabaseUnavailable, outcome: Outcome): DatabaseUnavailable {
    this.#options.onFault?.(fault)
    const now = this.#now()
    if (outcome === 'unreachable') {
      this.#lostAt ??= now
      if (now >= this.#retryAt) {
        this.#rounds += 1
        const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (this.#rounds - 1), MAX_BACKOFF_MS)
        this.#retryAt = now + Math.round(backoff * (0.8 + 0.4 * this.#random()))
      }
    } else this.report(outcome)
    // One broken connection is not a database that went away: the next request opens a new one.
    const line =
      fault.condition === 'unreachable' && outcome === 'neutral'
        ? CONNECTION_LOST
        : LOG_LINES[fault.condition]
    const last = this.#logged.get(line)
    if (last === undefined || now - last >= LOG_EVERY_MS) {
      this.#logged.set(line, now)
      this.#options.log?.error(line, { condition: fault.condition, code: fault.code })
    }
    if (outcome !== 'unreachable') return fault
    // Retrying before the next round is due would only meet the open circuit.
    return new DatabaseUnavailable({
      condition: fault.condition,
      code: fault.code,
      retryAfterMs: Math.max(1, this.#retryAt - now),
    })
  }
}
