import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openSqliteStore } from '../../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { benchEvent, perSecond, withTempDir } from '../bench-data.ts'

export const name = 'append'

const SINGLE_SECONDS = 3
const CONCURRENT = 32
const BATCH_SIZE = 1000
const BATCHES = 100

/**
 * Append throughput on a SQLite file with the store's durability settings (WAL, synchronous = FULL):
 * one event per append, one append at a time, for a few seconds (bound by the disk's fsync); the same
 * with 32 appends in flight, which the store group-commits; then appends of 1,000 events.
 */
export const run = () =>
  withTempDir(async (folder) => {
    const store = await openSqliteStore(join(folder, 'append.db'))
    try {
      let single = 0
      const singleStart = performance.now()
      while (performance.now() - singleStart < SINGLE_SECONDS * 1000) {
        await store.append(`case-${single % 500}`, [benchEvent(single)], { expectedVersion: 'any' })
        single++
      }
      const singleMs = performance.now() - singleStart

      // Group commit: CONCURRENT appends of one event each in flight at once, as a busy server sends them.
      let concurrent = 0
      const concurrentStart = performance.now()
      await Promise.all(
        Array.from({ length: CONCURRENT }, async (_, lane) => {
          while (performance.now() - concurrentStart < SINGLE_SECONDS * 1000) {
            const i = concurrent++
            await store.append(`lane-${lane}`, [benchEvent(i)], { expectedVersion: 'any' })
          }
        }),
      )
      const concurrentMs = performance.now() - concurrentStart

      const batchStart = performance.now()
      for (let b = 0; b < BATCHES; b++) {
        const events = Array.from({ length: BATCH_SIZE }, (_, i) => benchEvent(b * BATCH_SIZE + i))
        await store.append(`batch-${b}`, events, { expectedVersion: 'no-stream' })
      }
      const batchMs = performance.now() - batchStart

      return {
        singleEventsPerSecond: perSecond(single, singleMs),
        singleAppends: single,
        concurrentEventsPerSecond: perSecond(concurrent, concurrentMs),
        concurrentAppendsInFlight: CONCURRENT,
        batchEventsPerSecond: perSecond(BATCHES * BATCH_SIZE, batchMs),
        batchSize: BATCH_SIZE,
      }
    } finally {
      await store.close()
    }
  })
