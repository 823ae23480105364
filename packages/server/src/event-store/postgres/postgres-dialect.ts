import { type Dialect, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely'
import pg from 'pg'
import type { DatabaseHealth } from '../database-health.ts'
import { databaseFault } from '../sql/database-faults.ts'
import { guardedDialect } from '../sql/guarded-dialect.ts'
import { type PostgresTarget, servingClientConfig } from './create-pool.ts'

/**
 * pg's pool as Kysely's, hardened for a server that goes away:
 * - The pool's `error` event (an idle connection broke: the server stopped, the network cut) has a
 *   listener. Without one, Node treats the event as an uncaught exception and the process ends.
 * - A checked-out connection has a listener too: pg-pool removes its own while a client is out, and
 *   a connection that breaks between two queries of a transaction emits `error` with no query to
 *   give it to.
 * - A connection on which a query failed without the server answering (timed out, reset) goes back
 *   to the pool as broken and is closed, not handed to the next caller: after a client-side timeout
 *   it still waits for the answer to its old query.
 */
const guardedPool = (pool: pg.Pool, health: DatabaseHealth): PostgresPool => {
  pool.on('error', (error) => {
    const fault = databaseFault(error)
    if (fault) health.fault(fault, 'neutral')
  })
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect()
      let broken: Error | undefined
      const onError = (error: Error) => {
        broken = error
      }
      client.on('error', onError)
      const query = async (sql: string, parameters: readonly unknown[]) => {
        try {
          return await client.query(sql, [...parameters])
        } catch (error) {
          // A DatabaseError is the server's own answer; anything else means the connection is unusable.
          if (!(error instanceof pg.DatabaseError))
            broken = error instanceof Error ? error : new Error('query failed')
          throw error
        }
      }
      return {
        // Kysely calls the cursor form only when the dialect is given a cursor class, which it is not.
        query: query as unknown as PostgresPoolClient['query'],
        release: () => {
          client.removeListener('error', onError)
          client.release(broken)
        },
      }
    },
    end: () => pool.end(),
  }
}

/**
 * The Kysely dialect of a serving instance for one PostgreSQL target: its own pool with the serving
 * timeouts, guarded (guarded-dialect.ts), reporting to `health`.
 */
export const postgresDialect = (target: PostgresTarget, health: DatabaseHealth): Dialect =>
  guardedDialect(
    new PostgresDialect({ pool: guardedPool(new pg.Pool(servingClientConfig(target)), health) }),
    health,
  )
