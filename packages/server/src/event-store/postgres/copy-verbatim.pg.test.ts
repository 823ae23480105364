import { afterAll, afterEach, expect, it } from 'vitest'
import { freshPostgresSchema } from '../contract/backends.ts'
import { event, readEverything } from '../contract/store-under-test.ts'
import { MemoryEventStore } from '../memory/memory-event-store.ts'
import type { EventRow } from '../sql/event-row.ts'
import { copyOutRows } from './copy-out-rows.ts'
import { copyVerbatim } from './copy-verbatim.ts'
import { createPool } from './create-pool.ts'
import { openPostgresStore } from './open-postgres-store.ts'

const schema = freshPostgresSchema()
const pool = createPool(schema.target)
afterAll(async () => {
  await pool.end()
  await schema.drop()
})
const opened: { close: () => Promise<void> }[] = []
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close()
})

/** Rows of a log whose text holds everything COPY's text format must escape. */
const awkwardRows = async (): Promise<EventRow[]> => {
  const source = new MemoryEventStore()
  await source.append(
    'case\t1',
    [event('Noted', { text: 'a "quote", a \\ backslash,\ta tab,\na newline, é 🙂' })],
    {
      expectedVersion: 'any',
    },
  )
  await source.append('case\t1', [event('Noted', { path: 'C:\\temp\\r\\n' })], { expectedVersion: 'any' })
  return (await readEverything(source)).map((stored) => ({
    position: stored.position,
    stream_id: stored.streamId,
    stream_version: stored.streamVersion,
    type: stored.type,
    schema_version: stored.schemaVersion,
    data: JSON.stringify(stored.data),
    metadata: JSON.stringify(stored.metadata),
    recorded_at: stored.recordedAt,
    previous_hash: stored.previousHash,
    hash: stored.hash,
  }))
}

it('stores rows with tabs, newlines and backslashes exactly, and the store verifies them', async () => {
  const store = await openPostgresStore(schema.target)
  opened.push(store)
  const rows = await awkwardRows()
  await copyVerbatim(pool, rows)
  const stored = await schema.db.selectFrom('events').selectAll().orderBy('position').execute()
  expect(stored).toEqual(rows)
  expect(await store.verify()).toMatchObject({ ok: true, head: 2, headHash: rows[1]!.hash })
})

it('reads them back with COPY TO exactly as a select returns them, in batches', async () => {
  const rows = await schema.db.selectFrom('events').selectAll().orderBy('position').execute()
  const batches: EventRow[][] = []
  for await (const batch of copyOutRows(pool, 1, 2, 1)) batches.push(batch)
  expect(batches).toEqual([[rows[0]], [rows[1]]])
})

it('refuses rows that do not continue the stored log, and stores none of them', async () => {
  const rows = await awkwardRows()
  await expect(copyVerbatim(pool, rows)).rejects.toMatchObject({ position: 3, problem: 'position-gap' })
  expect(await schema.db.selectFrom('events').select('position').execute()).toHaveLength(2)
})
