import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openSqliteStore } from '../event-store/sqlite/open-sqlite-store.ts'
import { runDb, seedTandem, tableRows } from '../testing/db-fixtures.ts'

let folder: string
let source: string
let backup: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tandem-backup-'))
  source = `sqlite:${join(folder, 'live.db')}`
  await seedTandem(source)
  backup = join(folder, 'nightly.db')
  const made = await runDb(source, 'backup', backup)
  expect(made.code, made.stderr).toBe(0)
})
afterAll(() => rm(folder, { recursive: true, force: true }))

const manifestOf = (file: string) => JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8'))

/** A copy of the nightly backup and its manifest under another name, changed by `damage`. */
const damagedCopy = (name: string, damage: (bytes: Buffer, manifest: Record<string, unknown>) => void) => {
  const file = join(folder, name)
  const bytes = readFileSync(backup)
  const manifest = manifestOf(backup)
  damage(bytes, manifest)
  writeFileSync(file, bytes)
  writeFileSync(`${file}.manifest.json`, JSON.stringify(manifest))
  return file
}

it('writes a manifest beside the backup with its head, event count, schema and SHA-256', async () => {
  const store = await openSqliteStore(join(folder, 'live.db'))
  const verified = await store.verify()
  await store.close()
  expect(verified.ok).toBe(true)
  const manifest = manifestOf(backup)
  expect(manifest).toMatchObject({
    engine: 'sqlite',
    file: 'nightly.db',
    head: { position: verified.ok ? verified.head : -1, hash: verified.ok ? verified.headHash : '' },
    events: verified.ok ? verified.head : -1,
    schema: { eventLog: ['0001-event-log'], server: expect.arrayContaining(['0001-accounts']) },
    sha256: createHash('sha256').update(readFileSync(backup)).digest('hex'),
  })
  expect(Date.parse(manifest.createdAt)).not.toBeNaN()
})

it('leaves a self-contained backup file, without a WAL beside it', () => {
  expect(existsSync(`${backup}-wal`)).toBe(false)
  expect(existsSync(`${backup}.partial`)).toBe(false)
})

it('never overwrites an existing backup', async () => {
  const again = await runDb(source, 'backup', backup)
  expect(again.code).toBe(1)
  expect(again.stderr).toMatch(/already exists/)
})

it('restores into a new file that verifies up to the manifest head, with the accounts', async () => {
  const target = `sqlite:${join(folder, 'restored.db')}`
  const restored = await runDb(target, 'restore', backup)
  expect(restored.code, restored.stderr).toBe(0)
  const manifest = manifestOf(backup)
  expect(JSON.parse(restored.stdout)).toMatchObject({
    ok: true,
    head: manifest.head.position,
    headHash: manifest.head.hash,
  })
  expect(await tableRows(target, 'events', 'position')).toEqual(await tableRows(source, 'events', 'position'))
  expect(await tableRows(target, 'accounts', 'id')).toEqual(await tableRows(source, 'accounts', 'id'))
})

it('refuses a backup with one byte flipped, naming the file and the sha256 check', async () => {
  const file = damagedCopy('flipped.db', (bytes) => {
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01
  })
  const target = join(folder, 'from-flipped.db')
  const refused = await runDb(`sqlite:${target}`, 'restore', file)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain(`restore refused: ${file} failed the sha256 check`)
  expect(existsSync(target)).toBe(false)
})

it('refuses a backup whose manifest names another head, naming the head check', async () => {
  const file = damagedCopy('other-head.db', (_bytes, manifest) => {
    manifest.head = { ...(manifest.head as object), hash: 'f'.repeat(64) }
  })
  const target = join(folder, 'from-other-head.db')
  const refused = await runDb(`sqlite:${target}`, 'restore', file)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain(`restore refused: ${file} failed the head check`)
  expect(existsSync(target)).toBe(false)
})

it('refuses a backup altered and given a matching SHA-256, naming the chain check and the position', async () => {
  const file = join(folder, 'rewritten.db')
  writeFileSync(file, readFileSync(backup))
  const database = new Database(file)
  // Whatever guards the events table against updates, someone with the file can remove.
  for (const trigger of database
    .prepare("select name from sqlite_master where type = 'trigger'")
    .pluck()
    .all())
    database.exec(`drop trigger "${String(trigger)}"`)
  database.prepare(`update events set data = json_set(data, '$.name', 'Anders') where position = 2`).run()
  database.close()
  const manifest = manifestOf(backup)
  manifest.sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
  manifest.bytes = readFileSync(file).length
  writeFileSync(`${file}.manifest.json`, JSON.stringify(manifest))
  const refused = await runDb(`sqlite:${join(folder, 'from-rewritten.db')}`, 'restore', file)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain(`restore refused: ${file} failed the chain check`)
  expect(refused.stderr).toContain('position 2 (hash-mismatch')
})

it('refuses a backup without a manifest beside it', async () => {
  const file = join(folder, 'bare.db')
  writeFileSync(file, readFileSync(backup))
  const refused = await runDb(`sqlite:${join(folder, 'from-bare.db')}`, 'restore', file)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain(`restore refused: ${file} failed the manifest check`)
})

it('refuses to restore over a database that exists', async () => {
  const refused = await runDb(source, 'restore', backup)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(/failed the target check: .*live\.db already exists/)
})
