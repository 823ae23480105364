import { sql } from 'kysely'
import { afterAll, expect, it } from 'vitest'
import { freshPostgresSchema } from '../contract/backends.ts'
import { event } from '../contract/store-under-test.ts'
import type { EventStore } from '../event-store.ts'
import { openPostgresStore } from './open-postgres-store.ts'

const WRITERS = 4
const LOOPS_PER_WRITER = 3
const APPENDS_PER_LOOP = 25

const schema = freshPostgresSchema()
const stores: EventStore[] = []
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()))
  await schema.drop()
})

/**
 * Races writers on separate connection pools against a reader that tails the log, and checks the
 * reader sees every position exactly once, in order, with no gap — the guarantee a sequence-numbered
 * log breaks when a transaction that drew a lower number commits after one that drew a higher one.
 */
it('lets a tailing reader see every position once, in order, while writers race', async () => {
  const open = async () => {
    const store = await openPostgresStore(schema.target)
    stores.push(store)
    return store
  }
  const reader = await open()
  const writers = await Promise.all(Array.from({ length: WRITERS }, open))
  // Each insert sleeps a little inside its transaction, widening the window between taking a position
  // and committing it; without the head lock, commits would overtake each other here.
  await sql`
    create function ${sql.id(schema.target.schema!, 'linger')}() returns trigger language plpgsql as
    $$ begin perform pg_sleep(random() * 0.004); return new; end $$`.execute(schema.db)
  await sql`create trigger linger after insert on ${sql.id(schema.target.schema!, 'events')}
    for each row execute function ${sql.id(schema.target.schema!, 'linger')}()`.execute(schema.db)

  const appended: number[] = []
  let writing = true
  const writing$ = Promise.all(
    writers.flatMap((writer, w) =>
      Array.from({ length: LOOPS_PER_WRITER }, async (_, loop) => {
        for (let i = 0; i < APPENDS_PER_LOOP; i++) {
          const count = 1 + ((w + loop + i) % 3)
          const events = Array.from({ length: count }, () => event('Noted', { w, loop, i }))
          const result = await writer.append(`case-${w}-${loop}`, events, { expectedVersion: 'any' })
          appended.push(...result.events.map((e) => e.position))
        }
      }),
    ),
  ).finally(() => {
    writing = false
  })

  const seen: number[] = []
  let next = 1
  while (writing || next <= (await reader.head())) {
    for await (const batch of reader.readAll({ from: next, batchSize: 50 })) {
      for (const stored of batch) {
        expect(stored.position).toBe(next)
        seen.push(stored.position)
        next++
      }
    }
  }
  await writing$

  expect(seen).toEqual(Array.from({ length: appended.length }, (_, i) => i + 1))
  expect([...appended].sort((a, b) => a - b)).toEqual(seen)
  expect(await reader.verify()).toMatchObject({ ok: true, head: appended.length })
})
