import { randomUUID } from 'node:crypto'
import { streamIdOf } from '@tandem/domain'
import { createLoginLimiter } from './accounts/login-limiter.ts'
import { PrincipalCache } from './accounts/principal-cache.ts'
import { createApp } from './app.ts'
import { createCommandService } from './commands/command-service.ts'
import { DeciderCache } from './commands/decider-cache.ts'
import { openServerDatabase, type ServerDb } from './db/open-server-database.ts'
import type { EventStore } from './event-store/event-store.ts'
import { openEventStore } from './event-store/open-event-store.ts'
import { openPostgresStore } from './event-store/postgres/open-postgres-store.ts'
import { errorFields, type Logger, stdoutLogger } from './log/logger.ts'
import { createMetrics } from './metrics/metrics.ts'
import { ProjectionRunner } from './projections/projection-runner.ts'

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
}

/** How long a command reply waits for the projections to include it before replying anyway. */
const READ_YOUR_WRITES_MS = 2000

const openStore = (options: TandemOptions): Promise<EventStore> =>
  options.schema && !options.databaseUrl.startsWith('sqlite:')
    ? openPostgresStore({ connectionString: options.databaseUrl, schema: options.schema })
    : openEventStore(options.databaseUrl)

/**
 * Opens everything a server instance needs on one database — the event store, the server tables,
 * the projection runner (caught up before this resolves), the command service — and builds the app.
 * main.ts serves it; tests serve it on port 0.
 */
export const openTandem = async (options: TandemOptions) => {
  const clock = options.clock ?? (() => new Date())
  const log = options.log ?? stdoutLogger()
  const store = await openStore(options)
  let db: ServerDb
  try {
    db = await openServerDatabase({
      url: options.databaseUrl,
      ...(options.schema ? { schema: options.schema } : {}),
    })
  } catch (error) {
    await store.close()
    throw error
  }
  const metrics = createMetrics()
  const runner = new ProjectionRunner({
    store,
    db,
    log,
    clock,
    onLag: (events) => metrics.setProjectionLag(events),
    ...(options.checkpointEvents === undefined ? {} : { checkpointEvents: options.checkpointEvents }),
    ...(options.checkpointMs === undefined ? {} : { checkpointMs: options.checkpointMs }),
  })
  await runner.start()
  const cache = new DeciderCache(store)
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
    isReady: () => true,
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
