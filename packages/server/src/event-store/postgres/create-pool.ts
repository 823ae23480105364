import pg from 'pg'

const INT8_OID = 20

/**
 * int8 → number, for positions (and counts). Exact up to 2^53 − 1; a larger value would silently
 * round as a number, so it fails loudly instead.
 */
const parseInt8 = (text: string): number => {
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 ${text} is beyond 2^53 - 1`)
  return value
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

/** A schema name safe to splice into `search_path` and a channel name. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** How long a connection may take to do what, in milliseconds (see `servingClientConfig`). */
export interface PostgresTimeouts {
  readonly connectMs: number
  readonly statementMs: number
  readonly answerMs: number
  readonly idleInTransactionMs: number
}

/**
 * A command's round trip is milliseconds, so seconds are generous, yet short enough that a user
 * gets a 503 while still looking at the screen rather than a spinner that never ends.
 */
export const DEFAULT_TIMEOUTS: PostgresTimeouts = {
  connectMs: 3000,
  statementMs: 5000,
  answerMs: 6000,
  idleInTransactionMs: 10_000,
}

export interface PostgresTarget {
  readonly connectionString: string
  /** The schema the store's tables live in; default `public`. Tests use one schema per run. */
  readonly schema?: string
  /** A serving store's timeouts (`servingClientConfig`); default DEFAULT_TIMEOUTS. */
  readonly timeouts?: Partial<PostgresTimeouts>
}

export const schemaOf = (target: PostgresTarget): string => {
  const schema = target.schema ?? 'public'
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`)
  return schema
}

/**
 * Connection settings every connection to the store's database gets, as startup parameters so that
 * no query can run before them:
 * - `search_path` puts the store's tables in its schema.
 * - `synchronous_commit = on`: COMMIT returns only after the commit record is flushed to disk (and to
 *   any synchronous standby). A cluster or role tuned to `off` would acknowledge commits that a crash
 *   can still lose, so the store asks for `on` itself rather than trusting the server default.
 * - int8 parsed to number (parseInt8) for this store's connections only, not pg's global parsers.
 * - TCP keepalive, so a peer that vanished without closing is noticed on idle connections too.
 * No timeouts: bulk work (a backup, a copy) may rightly run one statement for minutes.
 */
export const clientConfig = (target: PostgresTarget): pg.ClientConfig => ({
  connectionString: target.connectionString,
  options: `-c search_path=${schemaOf(target)} -c synchronous_commit=on`,
  types,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
})

/**
 * `clientConfig` and the timeouts that keep a database that went away from hanging the requests of
 * a serving instance (DEFAULT_TIMEOUTS, or the target's):
 * - `connectMs`: a connection not established by then fails (a frozen server still accepts TCP).
 * - `statementMs` (`statement_timeout`): the server cancels a statement running longer, lock waits
 *   included, so an instance stuck behind another's head lock gives up rather than queueing forever.
 * - `answerMs`: the client gives up on a server that does not answer at all, which no server-side
 *   timeout can catch (it is frozen, or the network dropped silently); a little above `statementMs`,
 *   so a merely slow server reports its own timeout first.
 * - `idleInTransactionMs`: the server ends a session that sits in an open transaction, so an
 *   instance that froze mid-append cannot hold the log's head lock for the others.
 */
export const servingClientConfig = (target: PostgresTarget): pg.ClientConfig => {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...target.timeouts }
  return {
    ...clientConfig(target),
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.answerMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  }
}

/** A pool without timeouts, for bulk work and tests; a serving store's pool is postgres-dialect.ts's. */
export const createPool = (target: PostgresTarget): pg.Pool => new pg.Pool(clientConfig(target))
