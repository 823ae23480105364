import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { freshSqliteFile } from '../../packages/server/src/event-store/contract/backends.ts'
import { openSqliteStore } from '../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { expectSurvivedCrash, killWriterMidStream } from './crash-scenario.ts'

const database = await freshSqliteFile()
afterAll(() => database.remove())

it('keeps every acknowledged append of a SQLite writer killed mid-stream, and nothing half-written', async () => {
  const sideFile = join(database.file, '..', 'acknowledged.ndjson')
  // Migrate before the writer starts, as a server would have.
  await (await openSqliteStore(database.file)).close()
  let acknowledged = 0
  for (const round of [1, 2, 3]) {
    await killWriterMidStream({ kind: 'sqlite', file: database.file }, sideFile, round, 60)
    const store = await openSqliteStore(database.file)
    try {
      acknowledged = await expectSurvivedCrash(store, sideFile)
    } finally {
      await store.close()
    }
  }
  expect(acknowledged).toBeGreaterThanOrEqual(180)
})
