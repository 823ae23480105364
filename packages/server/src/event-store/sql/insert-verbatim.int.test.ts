import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, expect, it } from 'vitest'
import { freshSqliteFile } from '../contract/backends.ts'
import { event } from '../contract/store-under-test.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { migrateToLatest } from '../schema/migrate.ts'
import { openSqliteDatabase } from '../sqlite/open-sqlite-database.ts'
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts'
import { sqliteCapabilities } from './capabilities.ts'
import { ChainBroken } from './chain-continuity.ts'
import { type EventRow, toRow } from './event-row.ts'
import { insertVerbatim } from './insert-verbatim.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** Five stored events of two streams, as rows another database would hand over. */
const storedRows = async (): Promise<EventRow[]> => {
  const { file, remove } = await freshSqliteFile()
  cleanups.push(remove)
  const store = await openSqliteStore(file)
  await store.append('case-1', [event('CaseOpened'), event('CaseWeighed', { weight: 3 })], {
    expectedVersion: 0,
  })
  await store.append('case-2', [event('CaseOpened')], { expectedVersion: 0 })
  await store.append('case-1', [event('RegieAssigned', { to: 'p1' }), event('CaseClosed')], {
    expectedVersion: 2,
  })
  const rows: EventRow[] = []
  for await (const batch of store.readAll())
    for (const stored of batch)
      rows.push(
        toRow(stored, {
          ...stored,
          dataJson: JSON.stringify(stored.data),
          metadataJson: JSON.stringify(stored.metadata),
        }),
      )
  await store.close()
  return rows
}

const emptyTarget = async () => {
  const { file, remove } = await freshSqliteFile()
  const db = new Kysely<EventStoreDatabase>({
    dialect: new SqliteDialect({ database: openSqliteDatabase(file) }),
  })
  await migrateToLatest(db, sqliteCapabilities)
  cleanups.push(async () => {
    await db.destroy()
    await remove()
  })
  return { db, file }
}

it('stores rows that continue the chain verbatim, in batches, and the store verifies them', async () => {
  const rows = await storedRows()
  const { db, file } = await emptyTarget()
  await insertVerbatim(db, sqliteCapabilities, rows.slice(0, 2))
  const head = await insertVerbatim(db, sqliteCapabilities, rows.slice(2))
  expect(head).toEqual({ position: 5, hash: rows[4]!.hash })
  expect(await db.selectFrom('events').selectAll().orderBy('position').execute()).toEqual(rows)
  const store = await openSqliteStore(file)
  cleanups.unshift(() => store.close())
  expect(await store.verify()).toMatchObject({ ok: true, head: 5, headHash: rows[4]!.hash })
})

it('refuses a batch that skips a position, and stores none of it', async () => {
  const rows = await storedRows()
  const { db } = await emptyTarget()
  await insertVerbatim(db, sqliteCapabilities, rows.slice(0, 2))
  await expect(insertVerbatim(db, sqliteCapabilities, rows.slice(3))).rejects.toMatchObject({
    position: 3,
    problem: 'position-gap',
  })
  expect(await db.selectFrom('events').select('position').execute()).toHaveLength(2)
})

it('refuses a row whose previous hash is not the stored head, as a forked log would have', async () => {
  const rows = await storedRows()
  const { db } = await emptyTarget()
  const forged = { ...rows[0]!, previous_hash: 'a'.repeat(64) }
  const refused = insertVerbatim(db, sqliteCapabilities, [forged])
  await expect(refused).rejects.toBeInstanceOf(ChainBroken)
  await expect(refused).rejects.toMatchObject({ position: 1, problem: 'previous-hash-mismatch' })
})

it('refuses a row that skips a version of its stream', async () => {
  const rows = await storedRows()
  const { db } = await emptyTarget()
  const skipped = [rows[0]!, { ...rows[1]!, stream_version: 3 }]
  await expect(insertVerbatim(db, sqliteCapabilities, skipped)).rejects.toMatchObject({
    position: 2,
    problem: 'stream-version-gap',
  })
  expect(await db.selectFrom('events').select('position').execute()).toHaveLength(0)
})
