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
    const pids = async () => (await listening.execute(schema.db)).rows.map((row) => row.pid)
    await expect.poll(async () => (await pids()).length).toBeGreaterThan(0)
    const [before] = await pids()

    // What a server restart or a network cut does to the listener's connection.
    await sql`select pg_terminate_backend(${before})`.execute(schema.db)
    // Listening again on a new connection (the head is also polled each second, which alone would
    // hear the append below, so the new LISTEN is checked itself).
    await expect
      .poll(async () => (await pids()).filter((pid) => pid !== before).length, { timeout: 5000 })
      .toBe(1)
    await writer.append('case-1', [event('CaseOpened')], { expectedVersion: 'any' })
    await expect.poll(() => heads.at(-1), { timeout: 5000 }).toBe(1)
  } finally {
    await Promise.all([listener.close(), writer.close()])
  }
})
