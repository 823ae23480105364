import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { insertAccount } from '../../packages/server/src/accounts/account-store.ts'
import { createApiToken } from '../../packages/server/src/accounts/credentials.ts'
import { freshPostgresSchema } from '../../packages/server/src/event-store/contract/backends.ts'
import { openPostgresStore } from '../../packages/server/src/event-store/postgres/open-postgres-store.ts'
import { openSqliteStore } from '../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { memoryLogger } from '../../packages/server/src/log/logger.ts'
import { openTandem } from '../../packages/server/src/tandem.ts'
import { runDb, schemaUrl, tableRows } from '../../packages/server/src/testing/db-fixtures.ts'

/**
 * The backup drill an operator should rehearse, run in CI: back up a live SQLite log while commands
 * keep arriving, restore the backup into a fresh file, move that into PostgreSQL, and prove that
 * nothing acknowledged before the backup's head went missing and that both copies verify to the
 * manifest's head. Then show that a damaged backup is refused.
 */

const MAX_COMMANDS = 3000
const OPERATOR = 'drill-operator-token-0123'

let folder: string
let live: string
const pg = freshPostgresSchema()
/** One acknowledged command: its position, and whether the backup had already started. */
interface Ack {
  readonly position: number
  readonly during: 'before' | 'while' | 'after'
}
const acks: Ack[] = []
let backupFile: string
let backupCode: number
let liveHead: number

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tandem-drill-'))
  live = `sqlite:${join(folder, 'live.db')}`
  const tandem = await openTandem({ databaseUrl: live, adminToken: OPERATOR, log: memoryLogger() })
  try {
    const post = (token: string, body: object) =>
      tandem.app.request('/api/commands', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      })
    expect((await post(OPERATOR, { type: 'FoundTeam', teamId: 'noord', name: 'Noord' })).status).toBe(201)
    await insertAccount(tandem.db, {
      id: 'drill-coach',
      username: 'drill-coach',
      displayName: 'Coach',
      role: 'coach',
      passwordHash: undefined,
      professionalId: undefined,
      teamIds: ['noord'],
      createdAt: '2026-01-01T00:00:00Z',
    })
    const coach = await createApiToken(tandem.db, 'drill-coach', 'drill', new Date())
    let phase: Ack['during'] = 'before'
    let stop = false
    // Bounded write load: one coach registering cases back to back until a little after the backup.
    const load = (async () => {
      for (let i = 0; i < MAX_COMMANDS && !stop; i++) {
        const response = await post(coach, {
          type: 'RegisterCase',
          teamId: 'noord',
          caseId: `c${i}`,
          reference: `2026-${i}`,
          receivedOn: '2026-02-01',
          setting: 'ambulant',
          expertiseNeeded: [],
        })
        if (response.status !== 201)
          throw new Error(`RegisterCase answered ${response.status}: ${await response.text()}`)
        const { position } = (await response.json()) as { position: number }
        acks.push({ position, during: phase })
      }
    })()
    const acknowledged = async (count: number) => {
      while (acks.length < count && acks.length < MAX_COMMANDS)
        await new Promise((tick) => setTimeout(tick, 5))
    }
    await acknowledged(20)
    backupFile = join(folder, 'drill.db')
    phase = 'while'
    backupCode = (await runDb(live, 'backup', backupFile)).code
    phase = 'after'
    await acknowledged(acks.length + 10)
    stop = true
    await load
    liveHead = await tandem.store.head()
  } finally {
    await tandem.close()
  }
})
afterAll(async () => {
  await pg.drop()
  await rm(folder, { recursive: true, force: true })
})

const manifest = () => JSON.parse(readFileSync(`${backupFile}.manifest.json`, 'utf8'))
const restored = () => `sqlite:${join(folder, 'restored.db')}`
const postgres = () => schemaUrl(pg.target)

it('backs up the live log while commands keep being acknowledged', () => {
  expect(backupCode).toBe(0)
  expect(acks.some((ack) => ack.during === 'while')).toBe(true)
  expect(manifest().head.position).toBeLessThan(liveHead)
})

it('holds every command acknowledged before the backup started', () => {
  const before = acks.filter((ack) => ack.during === 'before')
  expect(before.length).toBeGreaterThan(0)
  for (const ack of before) expect(ack.position).toBeLessThanOrEqual(manifest().head.position)
})

it('restores into a fresh SQLite file and copies that into PostgreSQL', async () => {
  const restore = await runDb(restored(), 'restore', backupFile)
  expect(restore.code, restore.stderr).toBe(0)
  const copy = await runDb(restored(), 'copy', '--to', postgres())
  expect(copy.code, copy.stderr).toBe(0)
})

it('has every acknowledged command up to the manifest head in both, exactly as the live log', async () => {
  const head = manifest().head.position
  const byPosition = (rows: Record<string, unknown>[]) => new Map(rows.map((row) => [row.position, row]))
  const source = byPosition(await tableRows(live, 'events', 'position'))
  const copies = [
    byPosition(await tableRows(restored(), 'events', 'position')),
    byPosition(await tableRows(postgres(), 'events', 'position')),
  ]
  const upToHead = acks.filter((ack) => ack.position <= head)
  expect(upToHead.length).toBeGreaterThan(0)
  for (const copy of copies) {
    expect(copy.size).toBe(head)
    for (const ack of upToHead) expect(copy.get(ack.position)).toEqual(source.get(ack.position))
  }
})

it('verifies both copies to the manifest head hash', async () => {
  const { head } = manifest()
  const stores = [await openSqliteStore(join(folder, 'restored.db')), await openPostgresStore(pg.target)]
  try {
    for (const store of stores)
      expect(await store.verify()).toEqual({
        ok: true,
        eventsChecked: head.position,
        head: head.position,
        headHash: head.hash,
      })
  } finally {
    await Promise.all(stores.map((store) => store.close()))
  }
})

it('refuses the backup with one byte flipped, naming the file and the check that failed', async () => {
  const damaged = join(folder, 'damaged.db')
  const bytes = readFileSync(backupFile)
  bytes[Math.floor(bytes.length / 3)]! ^= 0x10
  writeFileSync(damaged, bytes)
  writeFileSync(`${damaged}.manifest.json`, readFileSync(`${backupFile}.manifest.json`))
  const refused = await runDb(`sqlite:${join(folder, 'from-damaged.db')}`, 'restore', damaged)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain(`restore refused: ${damaged} failed the sha256 check`)
})
