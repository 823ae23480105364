import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertAccount } from '../../packages/server/src/accounts/account-store.ts'
import { createApiToken } from '../../packages/server/src/accounts/credentials.ts'
import { openServerDatabase } from '../../packages/server/src/db/open-server-database.ts'
import { openSqliteStore } from '../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { OPERATOR_TOKEN, type ServerProcess, startServerProcess } from '../support/server-process.ts'
import { alternateCommands, CROSS_INSTANCE_BOUND_MS } from './support/two-instances.ts'

const folder = mkdtempSync(join(tmpdir(), 'tandem-two-'))
const file = join(folder, 'tandem.db')
let first: ServerProcess
let second: ServerProcess
let coach: string

beforeAll(async () => {
  const db = await openServerDatabase({ url: `sqlite:${file}` })
  await insertAccount(db, {
    id: 'coach',
    username: 'coach',
    displayName: 'Coach',
    role: 'coach',
    passwordHash: undefined,
    professionalId: undefined,
    teamIds: ['noord'],
    createdAt: new Date().toISOString(),
  })
  coach = await createApiToken(db, 'coach', 'two-instances', new Date())
  await db.destroy()
  first = await startServerProcess(`sqlite:${file}`)
  second = await startServerProcess(`sqlite:${file}`)
})

afterAll(async () => {
  await first?.stop()
  await second?.stop()
  rmSync(folder, { recursive: true, force: true })
})

describe('two server processes on one SQLite file, commands of one team alternating between them', () => {
  let outcome: Awaited<ReturnType<typeof alternateCommands>>
  beforeAll(async () => {
    outcome = await alternateCommands([first, second], { admin: OPERATOR_TOKEN, coach }, 'noord')
  })

  it('accept every command one process alone would accept', () => {
    expect(outcome.replies.filter((reply) => reply.status !== 201)).toEqual([])
  })

  it("show each new case in the other process's waiting list within a second", () => {
    expect(outcome.latencies).toHaveLength(4)
    for (const latency of outcome.latencies) expect(latency).toBeLessThanOrEqual(CROSS_INSTANCE_BOUND_MS)
  })

  it('keep one log that verifies', async () => {
    const store = await openSqliteStore(file)
    try {
      expect(await store.verify()).toMatchObject({ ok: true })
    } finally {
      await store.close()
    }
  })
})
