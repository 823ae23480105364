import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { freshPostgresSchema } from '../event-store/contract/backends.ts'
import { event } from '../event-store/contract/store-under-test.ts'
import { openPostgresStore } from '../event-store/postgres/open-postgres-store.ts'
import { runDb, schemaUrl, seedTandem, tableRows } from '../testing/db-fixtures.ts'

const TABLES = [
  ['events', 'position'],
  ['commands', 'command_id'],
  ['accounts', 'id'],
  ['sessions', 'token_hash'],
  ['api_tokens', 'token_hash'],
] as const

let folder: string
const schemas: ReturnType<typeof freshPostgresSchema>[] = []
const freshSchema = () => {
  const schema = freshPostgresSchema()
  schemas.push(schema)
  return schema
}
let sqliteSource: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tandem-db-pg-'))
  sqliteSource = `sqlite:${join(folder, 'source.db')}`
  await seedTandem(sqliteSource)
})
afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()))
  await rm(folder, { recursive: true, force: true })
})

const expectSameTables = async (a: string, b: string) => {
  for (const [table, key] of TABLES)
    expect(await tableRows(b, table, key), table).toEqual(await tableRows(a, table, key))
}

it('copies a SQLite log into PostgreSQL exactly, and back into a new SQLite file', async () => {
  const postgres = schemaUrl(freshSchema().target)
  const there = await runDb(sqliteSource, 'copy', '--to', postgres)
  expect(there.code, there.stderr).toBe(0)
  expect(JSON.parse(there.stdout)).toMatchObject({ ok: true, target: { verify: { ok: true } } })
  await expectSameTables(sqliteSource, postgres)
  const backHome = `sqlite:${join(folder, 'back.db')}`
  const back = await runDb(postgres, 'copy', '--to', backHome)
  expect(back.code, back.stderr).toBe(0)
  await expectSameTables(sqliteSource, backHome)
})

it('backs up a PostgreSQL log with pg_dump and restores it into the emptied schema', async () => {
  const schema = freshSchema()
  const url = schemaUrl(schema.target)
  await seedTandem(url)
  const before = await tableRows(url, 'events', 'position')
  const dump = join(folder, 'nightly.dump')
  const made = await runDb(url, 'backup', dump)
  expect(made.code, made.stderr).toBe(0)
  const manifest = JSON.parse(readFileSync(`${dump}.manifest.json`, 'utf8'))
  expect(manifest).toMatchObject({
    engine: 'postgres',
    head: { position: before.length, hash: before.at(-1)!.hash },
    events: before.length,
    postgres: { schema: schema.target.schema, pgDump: expect.stringMatching(/^pg_dump \(PostgreSQL\) \d+/) },
  })
  // The disk is gone: only the dump is left.
  await sql`drop schema ${sql.id(schema.target.schema!)} cascade`.execute(schema.db)
  const restored = await runDb(url, 'restore', dump)
  expect(restored.code, restored.stderr).toBe(0)
  expect(JSON.parse(restored.stdout)).toMatchObject({
    ok: true,
    head: manifest.head.position,
    headHash: manifest.head.hash,
  })
  expect(await tableRows(url, 'events', 'position')).toEqual(before)
  const refused = await runDb(url, 'restore', dump)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(
    `restore refused: ${dump} failed the target check: schema ${schema.target.schema} already holds tables`,
  )
})

it('refuses a pg_dump with one byte flipped, naming the file and the sha256 check', async () => {
  const schema = freshSchema()
  const url = schemaUrl(schema.target)
  await seedTandem(url)
  const dump = join(folder, 'flipped.dump')
  expect((await runDb(url, 'backup', dump)).code).toBe(0)
  const bytes = readFileSync(dump)
  bytes[bytes.length - 100]! ^= 0x01
  writeFileSync(dump, bytes)
  await sql`drop schema ${sql.id(schema.target.schema!)} cascade`.execute(schema.db)
  const refused = await runDb(url, 'restore', dump)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain(`restore refused: ${dump} failed the sha256 check`)
})

it('refuses to restore a dump into a schema other than the one it holds', async () => {
  const schema = freshSchema()
  const url = schemaUrl(schema.target)
  await seedTandem(url)
  const dump = join(folder, 'elsewhere.dump')
  expect((await runDb(url, 'backup', dump)).code).toBe(0)
  const refused = await runDb(schemaUrl(freshSchema().target), 'restore', dump)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(`failed the target check: the dump holds schema ${schema.target.schema}`)
})

it('dumps the very snapshot the manifest describes while another process keeps appending', async () => {
  const schema = freshSchema()
  const url = schemaUrl(schema.target)
  await seedTandem(url)
  const writer = await openPostgresStore(schema.target)
  let writing = true
  const appends = (async () => {
    for (let i = 0; writing && i < 5000; i++)
      await writer.append(`case-${i % 7}`, [event('Noted', { i })], { expectedVersion: 'any' })
  })()
  const dump = join(folder, 'busy.dump')
  const made = await runDb(url, 'backup', dump)
  writing = false
  await appends
  const head = await writer.head()
  await writer.close()
  expect(made.code, made.stderr).toBe(0)
  const manifest = JSON.parse(readFileSync(`${dump}.manifest.json`, 'utf8'))
  expect(manifest.head.position).toBeLessThan(head)
  await sql`drop schema ${sql.id(schema.target.schema!)} cascade`.execute(schema.db)
  // Restore refuses a dump whose log does not end exactly at the manifest's head.
  const restored = await runDb(url, 'restore', dump)
  expect(restored.code, restored.stderr).toBe(0)
  expect(JSON.parse(restored.stdout)).toMatchObject({
    head: manifest.head.position,
    headHash: manifest.head.hash,
  })
})
