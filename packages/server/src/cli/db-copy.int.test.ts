import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { event } from '../event-store/contract/store-under-test.ts'
import { openSqliteStore } from '../event-store/sqlite/open-sqlite-store.ts'
import { memoryLogger } from '../log/logger.ts'
import { CURRENT_VERSION } from '../projections/checkpoints.ts'
import { openTandem } from '../tandem.ts'
import { runDb, seedTandem, tableRows } from '../testing/db-fixtures.ts'

let folder: string
let source: string
const at = (name: string) => `sqlite:${join(folder, name)}`

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tandem-copy-'))
  source = at('source.db')
  await seedTandem(source)
  // A checkpoint of a projection version this server no longer has: a copy must not carry it over.
  const database = new Database(join(folder, 'source.db'))
  database
    .prepare(`insert into projection_checkpoints values ('team@v0.stale:demo-noord', 3, '{}', '2026-01-01')`)
    .run()
  database.close()
})
afterAll(() => rm(folder, { recursive: true, force: true }))

it('copies every event exactly as stored: positions, versions, types, data, recorded-at and hashes', async () => {
  const copied = await runDb(source, 'copy', '--to', at('copy.db'))
  expect(copied.code, copied.stderr).toBe(0)
  const events = await tableRows(source, 'events', 'position')
  expect(await tableRows(at('copy.db'), 'events', 'position')).toEqual(events)
  expect(JSON.parse(copied.stdout)).toMatchObject({
    ok: true,
    source: { head: events.length },
    target: { verify: { ok: true, head: events.length } },
  })
})

it('copies the accounts, sessions, bearer tokens and command ids', async () => {
  for (const [table, key] of [
    ['accounts', 'id'],
    ['sessions', 'token_hash'],
    ['api_tokens', 'token_hash'],
    ['commands', 'command_id'],
  ] as const) {
    const rows = await tableRows(source, table, key)
    expect(rows.length, table).toBeGreaterThan(0)
    expect(await tableRows(at('copy.db'), table, key), table).toEqual(rows)
  }
})

it('copies no checkpoint: the first start on the target rebuilds them from the copied log', async () => {
  const target = join(folder, 'checkpoints.db')
  expect((await runDb(source, 'copy', '--to', `sqlite:${target}`)).code).toBe(0)
  expect(await tableRows(`sqlite:${target}`, 'projection_checkpoints', 'name')).toEqual([])
  const tandem = await openTandem({ databaseUrl: `sqlite:${target}`, log: memoryLogger() })
  await tandem.close()
  const head = (await tableRows(source, 'events', 'position')).length
  const rebuilt = await tableRows(`sqlite:${target}`, 'projection_checkpoints', 'name')
  expect(rebuilt).toContainEqual(expect.objectContaining({ name: `head@${CURRENT_VERSION}`, position: head }))
  expect(rebuilt.map((row) => row.name)).not.toContain('team@v0.stale:demo-noord')
})

it('prints a progress line while it copies', async () => {
  const copied = await runDb(source, 'copy', '--to', at('progress.db'), '--batch', '50')
  expect(copied.stderr).toMatch(/copy: [\d,]+ of [\d,]+ events \(100%\), [\d,]+ events\/s/)
})

it('continues a target that holds an exact prefix of the source', async () => {
  const store = await openSqliteStore(join(folder, 'source.db'))
  await store.append('team-zuid-extra', [event('Noted')], { expectedVersion: 'any' })
  const head = await store.head()
  await store.close()
  const resumed = await runDb(source, 'copy', '--to', at('copy.db'))
  expect(resumed.code, resumed.stderr).toBe(0)
  expect(resumed.stderr).toContain(`continuing from ${head}`)
  expect(JSON.parse(resumed.stdout)).toMatchObject({ resumedAfter: head - 1, target: { verify: { head } } })
  expect(await tableRows(at('copy.db'), 'events', 'position')).toEqual(
    await tableRows(source, 'events', 'position'),
  )
})

it('refuses a target whose log is not a prefix of the source', async () => {
  const other = await openSqliteStore(join(folder, 'other.db'))
  await other.append('case-1', [event('CaseOpened')], { expectedVersion: 'any' })
  await other.close()
  const refused = await runDb(source, 'copy', '--to', at('other.db'))
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(
    /copy refused: the target's log is not a prefix of the source's: at position 1/,
  )
})

it('refuses a target without events that holds rows of its own', async () => {
  const target = join(folder, 'used.db')
  const seeded = await runDb(source, 'copy', '--to', `sqlite:${target}`, '--batch', '1000000')
  expect(seeded.code).toBe(0)
  const fresh = join(folder, 'accounts-only.db')
  const database = new Database(target)
  database.prepare('vacuum into ?').run(fresh)
  database.close()
  const emptied = new Database(fresh)
  emptied.exec(
    "delete from events; delete from commands; update log_head set position = 0, hash = '" +
      '0'.repeat(64) +
      "'",
  )
  emptied.close()
  const refused = await runDb(source, 'copy', '--to', `sqlite:${fresh}`)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(/copy refused: the target is not empty \(.*accounts.*\)/)
})

it('refuses a source holding a table that no list of the copy names', async () => {
  const target = join(folder, 'unknown-table-source.db')
  expect((await runDb(source, 'copy', '--to', `sqlite:${target}`)).code).toBe(0)
  const database = new Database(target)
  database.exec('create table case_notes (id text primary key, note text)')
  database.close()
  const refused = await runDb(`sqlite:${target}`, 'copy', '--to', at('unknown-table-copy.db'))
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(/copy refused: the source holds tables this copy does not know: case_notes/)
})

it('refuses to copy a database onto itself', async () => {
  const refused = await runDb(source, 'copy', '--to', source)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(/same database/)
})

it('resumes after it was killed in the middle of a copy', async () => {
  const big = join(folder, 'big.db')
  const store = await openSqliteStore(big)
  for (let batch = 0; batch < 40; batch++)
    await store.append(
      `case-${batch}`,
      Array.from({ length: 500 }, (_, i) => event('Noted', { i })),
      { expectedVersion: 'any' },
    )
  const head = await store.head()
  await store.close()
  const target = join(folder, 'big-copy.db')
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(import.meta.dirname, 'db.ts'),
      'copy',
      '--to',
      `sqlite:${target}`,
      '--batch',
      '200',
    ],
    { env: { ...process.env, DATABASE_URL: `sqlite:${big}` }, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  // Killed without warning as soon as the first batches are in: no chance to tidy up.
  await new Promise<void>((done) => {
    child.stderr.on('data', (chunk: Buffer) => {
      if (/copy: [\d,]+ of/.test(chunk.toString())) child.kill('SIGKILL')
    })
    child.on('exit', () => done())
  })
  const prefix = (await tableRows(`sqlite:${target}`, 'events', 'position')).length
  expect(prefix).toBeGreaterThan(0)
  expect(prefix).toBeLessThan(head)
  const resumed = await runDb(`sqlite:${big}`, 'copy', '--to', `sqlite:${target}`)
  expect(resumed.code, resumed.stderr).toBe(0)
  expect(JSON.parse(resumed.stdout)).toMatchObject({
    ok: true,
    resumedAfter: prefix,
    target: { verify: { head } },
  })
})
