import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { startExpectingExit } from '../support/server-process.ts'
import { type ApiClient, type ApiResponse, type ApiServer, startApiServer } from './support/api-server.ts'
import { foundTeam, registerCase } from './support/commands.ts'

describe('a SQLite file whose disk fills up', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-full-'))
  const file = join(folder, 'tandem.db')
  let server: ApiServer
  let coach: ApiClient
  let full: ApiResponse
  let headBefore = 0

  beforeAll(async () => {
    // A first start creates and migrates the file; the second gets a few pages of room beyond that,
    // and SQLite fails the write that would pass them with SQLITE_FULL, as on a full disk.
    const first = await startApiServer({ databaseUrl: `sqlite:${file}` })
    await first.admin.command(foundTeam('noord'))
    await first.tandem.close()
    const pages = new Database(file).pragma('page_count', { simple: true }) as number
    server = await startApiServer({ databaseUrl: `sqlite:${file}`, sqliteMaxPages: pages + 6 })
    coach = await server.as('coach', ['noord'])
    for (let i = 0; i < 2000; i++) {
      headBefore = await server.tandem.store.head()
      full = await coach.command(registerCase('noord', `c${i}`))
      if (full.status !== 201) break
    }
  })

  afterAll(async () => {
    await server?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('answers 503 naming the full disk in both languages, with Retry-After', () => {
    expect(full.status).toBe(503)
    expect(full.body.error.code).toBe('DatabaseDiskFull')
    expect(full.body.error.message.nl).toContain('schijf van de database is vol')
    expect(full.body.error.message.en).toContain('database disk is full')
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  })

  it('logs one line that names the condition and SQLITE_FULL', () => {
    const lines = server.log.lines.filter((line) => line.includes('SQLITE_FULL'))
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'error',
      message: 'database disk full: writes fail until space is freed (reads still work)',
      condition: 'disk-full',
    })
  })

  it('appended nothing for the refused command, and still reads and verifies', async () => {
    expect(await server.tandem.store.head()).toBe(headBefore)
    expect((await coach.get('/api/teams/noord/waiting-list')).status).toBe(200)
    expect(await server.tandem.store.verify()).toMatchObject({ ok: true })
  })

  it('counts the fault in /metrics', async () => {
    const metrics = await server.anonymous.get('/metrics')
    expect(metrics.body).toMatch(/tandem_database_errors_total\{condition="disk-full"\} [1-9]/)
  })
})

/** File permissions do not apply to root, so as root the server runs as `nobody`. */
const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}

/** Starts the real server on `file`, expecting it to end. */
const startOn = (file: string) => startExpectingExit(`sqlite:${file}`, nobody)

describe('a SQLite file the server cannot use at start', () => {
  let folder: string
  let file: string

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tandem-ro-'))
    chmodSync(folder, 0o777)
    file = join(folder, 'tandem.db')
    await (await openSqliteStore(file)).close()
  })

  afterAll(() => {
    chmodSync(file, 0o644)
    rmSync(folder, { recursive: true, force: true })
  })

  it('ends with one line naming a read-only file and the fix, not a stack trace', async () => {
    chmodSync(file, 0o444)
    const { code, stdout, stderr } = await startOn(file)
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Tandem cannot use its database file ${file.replaceAll('.', '\\.')} \\(EACCES\\): the file or its folder is read-only\\. Make both writable`,
        ),
      ),
    ])
    expect(stdout).not.toMatch(/\n\s+at /)
  })

  it('ends with one line naming an unreadable file and the fix, not a stack trace', async () => {
    chmodSync(file, 0o000)
    const { code, stderr } = await startOn(file)
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Tandem cannot use its database file .*tandem\.db \(EACCES\): it cannot be opened .*Give the user that runs Tandem read and write access/,
      ),
    ])
  })
})
