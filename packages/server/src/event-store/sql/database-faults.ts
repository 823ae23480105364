import { type DatabaseCondition, DatabaseUnavailable } from '../errors.ts'

/**
 * Which driver errors mean "the database cannot answer right now" rather than "this query is wrong",
 * for PostgreSQL (node-postgres) and SQLite (better-sqlite3). Everything not listed here (a syntax
 * error, a constraint violation, a corrupt file) stays what it was: a bug to log and answer with 500.
 */

/** Socket errors of a connection that could not be made or broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
])

/** node-postgres reports a lost or timed-out connection with these messages and no code. */
const PG_CLIENT_MESSAGES: readonly (readonly [RegExp, DatabaseCondition])[] = [
  [/^Query read timeout$/, 'not-responding'],
  [/^Connection terminated/, 'unreachable'],
  [/^timeout expired$/, 'unreachable'],
  // pg-pool's wait for a free connection ran out: every connection is busy, which is load, not an outage.
  [/^timeout exceeded when trying to connect$/, 'overloaded'],
  [/not queryable/, 'unreachable'],
  [/^Client was closed and is not queryable$/, 'unreachable'],
]

/** PostgreSQL SQLSTATEs (appendix A of its manual) that name a condition of the server, not of the query. */
const PG_STATES: ReadonlyMap<string, DatabaseCondition> = new Map([
  ['57P01', 'unreachable'], // admin_shutdown: the server is stopping (pg_ctl stop, a kill of the postmaster)
  ['57P02', 'unreachable'], // crash_shutdown: another backend crashed and the server is restarting
  ['57P03', 'unreachable'], // cannot_connect_now: still starting up or recovering
  ['57P04', 'unreachable'], // database_dropped
  ['57P05', 'timeout'], // idle_session_timeout
  ['57014', 'timeout'], // query_canceled: statement_timeout
  ['55P03', 'timeout'], // lock_not_available: lock_timeout
  ['25P03', 'timeout'], // idle_in_transaction_session_timeout
  ['53000', 'overloaded'], // insufficient_resources
  ['53100', 'disk-full'], // disk_full
  ['53200', 'overloaded'], // out_of_memory
  ['53300', 'overloaded'], // too_many_connections
  ['25006', 'read-only'], // read_only_sql_transaction: a standby, or default_transaction_read_only
  ['58030', 'io-error'], // io_error
])

/** SQLite result codes (extended codes start with the primary one, e.g. SQLITE_IOERR_WRITE). */
const SQLITE_PREFIXES: readonly (readonly [string, DatabaseCondition])[] = [
  ['SQLITE_FULL', 'disk-full'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_IOERR', 'io-error'],
  ['SQLITE_CANTOPEN', 'io-error'],
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_NOMEM', 'overloaded'],
]

/** How long a caller should wait: seconds for what passes by itself, a minute for what needs an operator. */
const RETRY_AFTER_MS: Readonly<Record<DatabaseCondition, number>> = {
  unreachable: 1000,
  'not-responding': 1000,
  timeout: 1000,
  busy: 1000,
  overloaded: 2000,
  'disk-full': 60_000,
  'read-only': 60_000,
  'io-error': 30_000,
}

const conditionOf = (code: string | undefined, message: string): DatabaseCondition | undefined => {
  if (code !== undefined) {
    if (NETWORK_CODES.has(code)) return 'unreachable'
    // Class 08 is "connection exception": the connection failed or was refused.
    if (/^08[0-9A-Z]{3}$/.test(code)) return 'unreachable'
    const state = PG_STATES.get(code)
    if (state) return state
    for (const [prefix, condition] of SQLITE_PREFIXES) if (code.startsWith(prefix)) return condition
  }
  for (const [pattern, condition] of PG_CLIENT_MESSAGES) if (pattern.test(message)) return condition
  return undefined
}

/**
 * The error as a `DatabaseUnavailable` when it names a condition of the database; undefined when it
 * is something else. An error that already is one is returned as it is.
 */
export const databaseFault = (error: unknown): DatabaseUnavailable | undefined => {
  if (error instanceof DatabaseUnavailable) return error
  if (!(error instanceof Error)) return undefined
  const rawCode = (error as { readonly code?: unknown }).code
  const code = typeof rawCode === 'string' ? rawCode : undefined
  // An AggregateError (a host with several addresses, all refused) carries the codes in its members.
  if (code === undefined && error instanceof AggregateError)
    return error.errors.map(databaseFault).find((fault) => fault !== undefined)
  const condition = conditionOf(code, error.message)
  if (condition === undefined) return undefined
  // Without a code, the condition came from one of node-postgres's fixed messages above, which hold no data.
  return new DatabaseUnavailable({
    condition,
    code: code ?? error.message,
    retryAfterMs: RETRY_AFTER_MS[condition],
  })
}
