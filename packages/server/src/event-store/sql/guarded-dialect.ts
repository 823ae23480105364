import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryResult,
  TransactionSettings,
} from 'kysely'
import type { DatabaseHealth, Outcome } from '../database-health.ts'
import type { DatabaseCondition, DatabaseUnavailable } from '../errors.ts'
import { databaseFault } from './database-faults.ts'

/** What a failed query says about the database: a broken connection alone proves nothing about the next. */
const queryOutcome = (fault: DatabaseUnavailable | undefined): Outcome => {
  if (fault === undefined) return 'answered'
  if (fault.condition === 'not-responding') return 'unreachable'
  if (fault.condition === 'unreachable') return 'neutral'
  return 'answered'
}

/** What a failure to get a connection says: none could be made, or (all in use, refused) nothing. */
const connectOutcome = (fault: DatabaseUnavailable): Outcome =>
  fault.condition === 'unreachable' || fault.condition === 'not-responding' ? 'unreachable' : 'neutral'

/**
 * Runs `work` on the database and turns a driver error that names a condition of the database into
 * `DatabaseUnavailable` (database-faults.ts), telling `health` what the outcome says about it. Any
 * other error is rethrown as it was.
 */
const guarded = async <T>(guard: Guard, work: () => Promise<T>, connecting = false): Promise<T> => {
  try {
    const result = await work()
    guard.health.report('answered')
    return result
  } catch (error) {
    const fault = databaseFault(error)
    if (fault === undefined) {
      guard.health.report('answered')
      throw error
    }
    if (guard.retried.has(fault.condition)) throw fault
    throw guard.health.fault(fault, connecting ? connectOutcome(fault) : queryOutcome(fault))
  }
}

interface Guard {
  readonly health: DatabaseHealth
  /** conditions the caller retries itself: translated, but not yet a fault to count or log */
  readonly retried: ReadonlySet<DatabaseCondition>
}

class GuardedConnection implements DatabaseConnection {
  readonly inner: DatabaseConnection
  readonly #guard: Guard

  constructor(inner: DatabaseConnection, guard: Guard) {
    this.inner = inner
    this.#guard = guard
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return guarded(this.#guard, () => this.inner.executeQuery<R>(query))
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize)
    } catch (error) {
      const fault = databaseFault(error)
      throw fault ? this.#guard.health.fault(fault, queryOutcome(fault)) : error
    }
  }
}

const innerOf = (connection: DatabaseConnection): DatabaseConnection =>
  connection instanceof GuardedConnection ? connection.inner : connection

class GuardedDriver implements Driver {
  readonly #inner: Driver
  readonly #guard: Guard

  constructor(inner: Driver, guard: Guard) {
    this.#inner = inner
    this.#guard = guard
  }

  init(): Promise<void> {
    return this.#inner.init()
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#guard.health.admit()
    const connection = await guarded(this.#guard, () => this.#inner.acquireConnection(), true)
    return new GuardedConnection(connection, this.#guard)
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return guarded(this.#guard, () => this.#inner.beginTransaction(innerOf(connection), settings))
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return guarded(this.#guard, () => this.#inner.commitTransaction(innerOf(connection)))
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return guarded(this.#guard, () => this.#inner.rollbackTransaction(innerOf(connection)))
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(innerOf(connection))
  }

  destroy(): Promise<void> {
    return this.#inner.destroy()
  }
}

/**
 * The dialect with every query guarded: while `health` knows the database to be unreachable,
 * taking a connection fails at once with `DatabaseUnavailable`; a driver error that names a
 * condition of the database (down, not responding, disk full, read-only, …) becomes one. The store
 * and the server tables of one server share one `health`, so both learn at once that it went away.
 * Faults of a condition in `retried` are translated but not reported: the caller retries them.
 */
export const guardedDialect = (
  inner: Dialect,
  health: DatabaseHealth,
  retried: readonly DatabaseCondition[] = [],
): Dialect => ({
  createDriver: () => new GuardedDriver(inner.createDriver(), { health, retried: new Set(retried) }),
  createQueryCompiler: () => inner.createQueryCompiler(),
  createAdapter: () => inner.createAdapter(),
  createIntrospector: (db) => inner.createIntrospector(db),
})
