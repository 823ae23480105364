import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { openServerDatabase } from '../../../packages/server/src/db/open-server-database.ts'
import type { EventStore } from '../../../packages/server/src/event-store/event-store.ts'
import { openSqliteStore } from '../../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { memoryLogger } from '../../../packages/server/src/log/logger.ts'
import { ProjectionRunner } from '../../../packages/server/src/projections/projection-runner.ts'
import { perSecond } from '../bench-data.ts'
import { domainLog } from '../domain/domain-log.ts'

export const name = 'projections'

const ROUNDS = 2

/**
 * docs/architecture.md#figures: rebuild every projection from the domain log (domain/domain-log.ts: the demo
 * team copied to 1,000,000 events) through the server's own path — a fresh ProjectionRunner's `catchUp`,
 * which reads with the store's readAll, decodes with the domain's decodeEvent and folds every team view —
 * against raw better-sqlite3 `iterate()` + JSON.parse of data and metadata over the same rows, in the same
 * run. Each side runs once per round, alternating, and its best round counts.
 */
export const run = async (): Promise<object> => {
  const log = await domainLog()
  const store = await openSqliteStore(log.file)
  const db = await openServerDatabase({ url: `sqlite:${log.file}` })
  try {
    const rebuildMs: number[] = []
    const rawMs: number[] = []
    let teams = 0
    for (let round = 0; round < ROUNDS; round++) {
      rawMs.push(timed(log.events, () => readRaw(log.file)).ms)
      const rebuild = await timedAsync(log.events, () => rebuildAll(store, db))
      rebuildMs.push(rebuild.ms)
      teams = rebuild.teams
    }
    const eventsPerSecond = perSecond(log.events, Math.min(...rebuildMs))
    const rawEventsPerSecond = perSecond(log.events, Math.min(...rawMs))
    return {
      events: log.events,
      teams,
      eventsPerSecond,
      rawEventsPerSecond,
      ratio: Number((rawEventsPerSecond / eventsPerSecond).toFixed(2)),
      target: 'ratio <= 3 (docs/architecture.md#figures; aim for 2)',
      buildEventsPerSecond: log.buildEventsPerSecond,
    }
  } finally {
    await db.destroy()
    await store.close()
  }
}

/** Folds the whole log into a fresh runner's views; returns how many events and teams it holds. */
const rebuildAll = async (store: EventStore, db: Awaited<ReturnType<typeof openServerDatabase>>) => {
  const runner = new ProjectionRunner({
    store,
    db,
    log: memoryLogger(),
    clock: () => new Date(),
    // No checkpoint during the rebuild: the figure is reading, decoding and folding.
    checkpointEvents: Number.POSITIVE_INFINITY,
  })
  await runner.catchUp()
  return { events: runner.position, teams: runner.teamIds().length }
}

const timed = (expected: number, read: () => number) => {
  const start = performance.now()
  const events = read()
  const ms = performance.now() - start
  if (events !== expected) throw new Error(`read ${events} events, expected ${expected}`)
  return { ms }
}

const timedAsync = async (expected: number, rebuild: () => Promise<{ events: number; teams: number }>) => {
  const start = performance.now()
  const { events, teams } = await rebuild()
  const ms = performance.now() - start
  if (events !== expected) throw new Error(`folded up to position ${events}, expected ${expected}`)
  return { ms, teams }
}

const readRaw = (file: string) => {
  const database = new Database(file, { readonly: true })
  try {
    let events = 0
    for (const row of database.prepare('select * from events order by position').iterate() as Iterable<{
      data: string
      metadata: string
    }>) {
      JSON.parse(row.data)
      JSON.parse(row.metadata)
      events++
    }
    return events
  } finally {
    database.close()
  }
}

// `npx tsx test/bench/sections/projections.ts` runs this section alone and prints its JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ [name]: await run() }, null, 2)}\n`)
}
