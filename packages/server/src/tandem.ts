import { randomUUID } from 'node:crypto'
import { streamIdOf } from '@tandem/domain'
import { createLoginLimiter } from './accounts/login-limiter.ts'
import { PrincipalCache } from './accounts/principal-cache.ts'
import { createApp } from './app.ts'
import { createCommandService } from './commands/command-service.ts'
import { DeciderCache } from './commands/decider-cache.ts'
import { openServerDatabase, type ServerDb } from './db/open-server-database.ts'
import { DatabaseHealth } from './event-store/database-health.ts'
import type { EventStore } from './event-store/event-store.ts'
import { openEventStore } from './event-store/open-event-store.ts'
import { openPostgresStore } from './event-store/postgres/open-postgres-store.ts'
import { errorFields, type Logger, stdoutLogger } from './log/logger.ts'
import { createMetrics, type Metrics } from './metrics/metrics.ts'
import { ProjectionRunner } from './projections/projection-runner.ts'
import { readinessOf } from './routes/health.ts'

/** Where a start is: reaching the database, running migrations, folding the log into the projections. */
export type StartPhase = 'connecting' | 'migrating' | 'catching-up'

export interface TandemOptions {
  readonly databaseUrl: string
  /** PostgreSQL schema for the log and the server tables (tests use one per file); default `public` */
  readonly schema?: string
  readonly adminToken?: string | undefined
  readonly clock?: () => Date
  readonly log?: Logger
  readonly checkpointEvents?: number
  readonly checkpointMs?: number
  readonly webDist?: string
  /** SQLite only: the most pages (4 KiB) the file may grow to; beyond, writes fail as on a full disk */
  readonly sqliteMaxPages?: number
  /** hears where the start is, for a server that answers `/ready` while it starts (main.ts) */
  readonly onPhase?: (phase: StartPhase) => void
}

/** How long a command reply waits for the projections to include it before replying anyway. */
const READ_YOUR_WRITES_MS = 2000

const openStore = (options: TandemOptions, health: DatabaseHealth): Promise<EventStore> =>
  options.schema && !options.databaseUrl.startsWith('sqlite:')
    ? openPostgresStore({ connectionString: options.databaseUrl, schema: options.schema }, health)
    : openEventStore(options.databaseUrl, {
        health,
        ...(options.sqliteMaxPages === undefined ? {} : { maxPages: options.sqliteMaxPages }),
      })

/** One health for every connection of this server to its database, counted in /metrics and logged. */
const databaseHealth = (log: Logger, metrics: Metrics) =>
  new DatabaseHealth({
    log,
    onFault: (fault) => metrics.countDatabaseError(fault.condition),
    onReconnect: (connection) => metrics.countReconnect(connection),
  })

/**
 * Opens everything a server instance needs on one database — the event store, the server tables,
 * the projection runner (caught up before this resolves), the command service — and builds the app.
 * main.ts serves it; tests serve it on port 0.
 */
export const openTandem = async (options: TandemOptions) => {
  const clock = options.clock ?? (() => new Date())
  const log = options.log ?? stdoutLogger()
  const metrics = createMetrics()
  const health = databaseHealth(log, metrics)
  options.onPhase?.('connecting')
  const store = await openStore(options, health)
  options.onPhase?.('migrating')
  let db: ServerDb
  try {
    db = await openServerDatabase({
      url: options.databaseUrl,
      health,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.sqliteMaxPages === undefined ? {} : { maxPages: options.sqliteMaxPages }),
    })
  } catch (error) {
    await store.close()
    throw error
  }
  options.onPhase?.('catching-up')
  const runner = new ProjectionRunner({
    store,
    db,
    log,
    clock,
    onLag: (events) => metrics.setProjectionLag(events),
    ...(options.checkpointEvents === undefined ? {} : { checkpointEvents: options.checkpointEvents }),
    ...(options.checkpointMs === undefined ? {} : { checkpointMs: options.checkpointMs }),
  })
  try {
    await runner.start()
  } catch (error) {
    // The database went away while the checkpoint was read (nothing is followed yet): leave nothing
    // open, so the caller can try again.
    await db.destroy()
    await store.close()
    throw error
  }
  const cache = new DeciderCache(store)
  // What the projections fold from other processes tells the cache which teams they wrote to.
  runner.subscribe((teamId, events) => cache.noteFolded(streamIdOf(teamId), events.at(-1)!.position))
  const commands = createCommandService({
    store,
    cache,
    clock,
    newId: randomUUID,
    onAppended: (events) => {
      metrics.countAppended(events.length)
      runner.offer(events)
    },
  })
  const projected = (position: number) =>
    Promise.race([
      runner.waitFor(position),
      new Promise<void>((resolve) => setTimeout(resolve, READ_YOUR_WRITES_MS).unref()),
    ])
  const app = createApp({
    log,
    metrics,
    readiness: readinessOf({ store, projected: () => runner.position }),
    db,
    clock,
    limiter: createLoginLimiter(),
    principals: new PrincipalCache(),
    adminToken: options.adminToken,
    store,
    runner,
    commands,
    deciderCache: cache,
    projected,
    webDist: options.webDist,
  })
  void cache
    .warm(runner.teamIds().map(streamIdOf))
    .catch((error: unknown) => log.error('warming the decider cache failed', errorFields(error)))
  return {
    app,
    store,
    db,
    runner,
    log,
    /** Saves a last checkpoint and closes the database connections. */
    async close() {
      await runner.close()
      await db.destroy()
      await store.close()
    },
  }
}

export type Tandem = Awaited<ReturnType<typeof openTandem>>
