import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { openSqliteStore } from '../../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { benchEvent, perSecond, withTempDir } from '../bench-data.ts'

export const name = 'replay'

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000)
const BUILD_BATCH = 1000
const ROUNDS = 3

/**
 * Reading and decoding the whole log, through the store's readAll and, in the same run on the same
 * file, through raw better-sqlite3 with JSON.parse of data and metadata: the floor no store can beat.
 * The raw side is timed both as one `iterate()` over all rows and as `all()` in keyset batches of
 * 1,000, and the faster counts, so the ratio is never flattered by a slow baseline. Every reader runs
 * in each of three alternating rounds and its best round counts: these machines are noisy, and
 * alternating keeps any one reader from always finding the cache warmest.
 */
export const run = () =>
  withTempDir(async (folder) => {
    const file = join(folder, 'replay.db')
    const store = await openSqliteStore(file)
    try {
      const buildStart = performance.now()
      for (let first = 0; first < EVENTS; first += BUILD_BATCH) {
        const count = Math.min(BUILD_BATCH, EVENTS - first)
        const events = Array.from({ length: count }, (_, i) => benchEvent(first + i))
        await store.append(`case-${first / BUILD_BATCH}`, events, { expectedVersion: 'any' })
      }
      const buildMs = performance.now() - buildStart

      const storeMs: number[] = []
      const rawMs: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        rawMs.push(await timed(() => readRawIterate(file)))
        storeMs.push(
          await timed(async () => {
            let events = 0
            for await (const batch of store.readAll()) events += batch.length
            return events
          }),
        )
        rawMs.push(await timed(() => readRawBatches(file)))
      }
      const eventsPerSecond = perSecond(EVENTS, Math.min(...storeMs))
      const rawEventsPerSecond = perSecond(EVENTS, Math.min(...rawMs))
      return {
        events: EVENTS,
        eventsPerSecond,
        rawEventsPerSecond,
        ratio: Number((rawEventsPerSecond / eventsPerSecond).toFixed(2)),
        buildEventsPerSecond: perSecond(EVENTS, buildMs),
      }
    } finally {
      await store.close()
    }
  })

/** Runs `read`, checks it saw the whole log, and returns its milliseconds. */
const timed = async (read: () => number | Promise<number>) => {
  const start = performance.now()
  const events = await read()
  const elapsed = performance.now() - start
  if (events !== EVENTS) throw new Error(`read ${events} events, expected ${EVENTS}`)
  return elapsed
}

interface RawRow {
  readonly position: number
  readonly data: string
  readonly metadata: string
}

const withReadOnly = (file: string, read: (database: Database.Database) => number) => {
  const database = new Database(file, { readonly: true })
  try {
    return read(database)
  } finally {
    database.close()
  }
}

const readRawIterate = (file: string) =>
  withReadOnly(file, (database) => {
    let events = 0
    for (const row of database
      .prepare('select * from events order by position')
      .iterate() as Iterable<RawRow>) {
      JSON.parse(row.data)
      JSON.parse(row.metadata)
      events++
    }
    return events
  })

const readRawBatches = (file: string) =>
  withReadOnly(file, (database) => {
    const batch = database.prepare('select * from events where position >= ? order by position limit 1000')
    let events = 0
    for (let next = 1; ; ) {
      const rows = batch.all(next) as RawRow[]
      if (rows.length === 0) return events
      for (const row of rows) {
        JSON.parse(row.data)
        JSON.parse(row.metadata)
      }
      events += rows.length
      next = rows.at(-1)!.position + 1
    }
  })
