import { sql } from 'kysely'
import { afterAll, expect, it } from 'vitest'
import { freshPostgresSchema } from '../contract/backends.ts'
import { event } from '../contract/store-under-test.ts'
import { openPostgresStore } from './open-postgres-store.ts'

const schema = freshPostgresSchema()
afterAll(() => schema.drop())

it('hears other processes again after its listening connection is cut', async () => {
  const listener = await openPostgresStore(schema.target)
  const writer = await openPostgresStore(schema.target)
  try {
    const heads: number[] = []
    listener.onAppended((head) => heads.push(head))
    // Only this schema's listener: other test files listen on channels of their own.
    const own = `LISTEN "tandem_events_${schema.target.schema}"`
    const listening = sql<{ pid: number }>`select pid from pg_stat_activity where query = ${own}`
    await expect.poll(async () => (await listening.execute(schema.db)).rows.length).toBeGreaterThan(0)

    // What a server restart or a network cut does to the listener's connection.
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'LISTEN %'`.execute(
      schema.db,
    )
    await writer.append('case-1', [event('CaseOpened')], { expectedVersion: 'any' })
    await expect.poll(() => heads.at(-1), { timeout: 5000 }).toBe(1)
  } finally {
    await Promise.all([listener.close(), writer.close()])
  }
})
