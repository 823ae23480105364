import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { freshPostgresSchema } from '../../packages/server/src/event-store/contract/backends.ts'
import { openPostgresStore } from '../../packages/server/src/event-store/postgres/open-postgres-store.ts'
import { expectSurvivedCrash, killWriterMidStream } from './crash-scenario.ts'

const schema = freshPostgresSchema()
const folder = await mkdtemp(join(tmpdir(), 'tandem-crash-'))
afterAll(async () => {
  await schema.drop()
  await rm(folder, { recursive: true, force: true })
})

it('keeps every acknowledged append of a PostgreSQL writer killed mid-stream, and nothing half-written', async () => {
  const sideFile = join(folder, 'acknowledged.ndjson')
  await (await openPostgresStore(schema.target)).close()
  let acknowledged = 0
  for (const round of [1, 2, 3]) {
    await killWriterMidStream({ kind: 'postgres', postgres: schema.target }, sideFile, round, 60)
    const store = await openPostgresStore(schema.target)
    try {
      acknowledged = await expectSurvivedCrash(store, sideFile)
    } finally {
      await store.close()
    }
  }
  expect(acknowledged).toBeGreaterThanOrEqual(180)
})
