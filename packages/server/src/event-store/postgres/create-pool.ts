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

export interface PostgresTarget {
  readonly connectionString: string
  /** The schema the store's tables live in; default `public`. Tests use one schema per run. */
  readonly schema?: string
}

export const schemaOf = (target: PostgresTarget): string => {
  const schema = target.schema ?? 'public'
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`)
  return schema
}

/**
 * Connection settings every store connection gets, as startup parameters so that no query can run
 * before them:
 * - `search_path` puts the store's tables in its schema.
 * - `synchronous_commit = on`: COMMIT returns only after the commit record is flushed to disk (and to
 *   any synchronous standby). A cluster or role tuned to `off` would acknowledge commits that a crash
 *   can still lose, so the store asks for `on` itself rather than trusting the server default.
 * - int8 parsed to number (parseInt8) for this store's connections only, not pg's global parsers.
 */
export const clientConfig = (target: PostgresTarget): pg.ClientConfig => ({
  connectionString: target.connectionString,
  options: `-c search_path=${schemaOf(target)} -c synchronous_commit=on`,
  types,
})

export const createPool = (target: PostgresTarget): pg.Pool => new pg.Pool(clientConfig(target))
