import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeEvent, streamIdOf } from '@tandem/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertAccount } from '../../packages/server/src/accounts/account-store.ts'
import { createApiToken } from '../../packages/server/src/accounts/credentials.ts'
import { openServerDatabase } from '../../packages/server/src/db/open-server-database.ts'
import type { StoredEvent } from '../../packages/server/src/event-store/event-store.ts'
import { openPostgresStore } from '../../packages/server/src/event-store/postgres/open-postgres-store.ts'
import { type PrivateCluster, startPrivateCluster } from '../support/private-postgres.ts'
import { OPERATOR_TOKEN, type ServerProcess, startServerProcess } from '../support/server-process.ts'
import { startCommandLoad } from './support/command-load.ts'

/**
 * The PostgreSQL under a running server goes away: killed (kill -9 of the postmaster) and started
 * again during a load of commands, then frozen (SIGSTOP). The cluster is the test's own
 * (support/private-postgres.ts); the server is the real bundle in its own process.
 */

let cluster: PrivateCluster
let server: ServerProcess
let folder: string
let token: string

const registerCase = (client: number, i: number) => ({
  type: 'RegisterCase',
  teamId: 'noord',
  caseId: `c${client}x${i}`,
  reference: `R-${client}-${i}`,
  receivedOn: '2026-03-01',
  setting: 'ambulant',
  expertiseNeeded: [],
  commandId: `outage-${client}-${i}`,
})

const get = async (path: string) => {
  const response = await fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${token}` } })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

const everyEvent = async (): Promise<StoredEvent[]> => {
  const store = await openPostgresStore({ connectionString: cluster.url })
  try {
    const events: StoredEvent[] = []
    for await (const batch of store.readAll()) events.push(...batch)
    expect(await store.verify()).toMatchObject({ ok: true })
    return events
  } finally {
    await store.close()
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tandem-outage-'))
  cluster = await startPrivateCluster()
  const db = await openServerDatabase({ url: cluster.url })
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
  token = await createApiToken(db, 'coach', 'outage', new Date())
  await db.destroy()
  server = await startServerProcess(cluster.url, { logFile: join(folder, 'server.log') })
  const founded = await fetch(`${server.base}/api/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'FoundTeam', teamId: 'noord', name: 'Noord' }),
  })
  expect(founded.status).toBe(201)
}, 120_000)

afterAll(async () => {
  await server?.stop()
  await cluster?.remove()
  await rm(folder, { recursive: true, force: true })
})

describe('a server whose PostgreSQL is killed, restarted and shut down fast under load', () => {
  let load: ReturnType<typeof startCommandLoad>

  /** Takes the database away with `down`, waits for 503s, starts it again and waits for 201s. */
  const outage = async (what: string, down: () => Promise<void>) => {
    const downAt = Date.now()
    await down()
    await load.until(() => load.count(503, downAt) >= 10, 15_000, `503s after the ${what}`)
    await cluster.start()
    const upAt = Date.now()
    await load.until(() => load.count(201, upAt) >= 30, 30_000, `30 commands recorded after the ${what}`)
  }

  beforeAll(async () => {
    load = startCommandLoad(server.base, token, 6, registerCase)
    try {
      await load.until(() => load.count(201) >= 30, 30_000, '30 commands recorded before the kill')
      await outage('kill -9 of the postmaster', () => cluster.kill())
      await outage('fast shutdown', () => cluster.stop())
    } finally {
      await load.stop()
    }
  }, 120_000)

  it('keeps running', () => {
    expect(server.alive()).toBe(true)
  })

  it('answers every command 201 or 503, never 500 and never not at all', () => {
    const statuses = new Set(load.replies.map((reply) => reply.status))
    expect([...statuses].sort()).toEqual([201, 503])
  })

  it('says in both languages that the database is unreachable, and when to try again', () => {
    const unavailable = load.replies.filter((reply) => reply.status === 503)
    for (const reply of unavailable) {
      expect(Number(reply.retryAfter)).toBeGreaterThanOrEqual(1)
      expect(reply.body.error.code).toMatch(/^Database/)
      expect(reply.body.error.message.nl).toMatch(/database/i)
      expect(reply.body.error.message.en).toMatch(/database/i)
    }
    expect(unavailable.some((reply) => reply.body.error.code === 'DatabaseUnavailable')).toBe(true)
  })

  it('has every acknowledged command in the log, exactly once, on a chain that verifies', async () => {
    const events = await everyEvent()
    const byPosition = new Map(events.map((event) => [event.position, event]))
    const acknowledged = load.replies.filter((reply) => reply.status === 201)
    for (const reply of acknowledged)
      for (const event of reply.body.events as StoredEvent[])
        expect(byPosition.get(event.position), `position ${event.position}`).toMatchObject({
          type: event.type,
          hash: event.hash,
          metadata: { commandId: event.metadata.commandId },
        })
    const perCommand = new Map<string, number>()
    for (const event of events) {
      const id = event.metadata.commandId
      if (id !== undefined) perCommand.set(id, (perCommand.get(id) ?? 0) + 1)
    }
    expect([...perCommand.values()].every((count) => count === 1)).toBe(true)
    const ids = acknowledged.map((reply) => reply.body.events[0].metadata.commandId)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is ready again, counts the errors and the reconnects, and logs that the database went away', async () => {
    await expect.poll(async () => (await get('/ready')).status, { timeout: 10_000 }).toBe(200)
    const metrics = (await get('/metrics')).text
    expect(metrics).toMatch(/tandem_database_errors_total\{condition="unreachable"\} [1-9]/)
    expect(metrics).toMatch(/tandem_database_reconnects_total\{connection="pool"\} [1-9]/)
    await expect
      .poll(async () => (await get('/metrics')).text, { timeout: 10_000 })
      .toMatch(/tandem_database_reconnects_total\{connection="listen"\} [1-9]/)
    const log = readFileSync(join(folder, 'server.log'), 'utf8')
    expect(log).toContain('"message":"database unreachable; requests answer 503 until it is back"')
    expect(log).toContain('"message":"database reachable again"')
  })

  it("hears another writer's appends again after the outage", async () => {
    const store = await openPostgresStore({ connectionString: cluster.url })
    try {
      const event = encodeEvent({
        _tag: 'CaseRegistered',
        teamId: 'noord',
        caseId: 'from-elsewhere',
        reference: 'R-elsewhere-1',
        receivedOn: '2026-03-01',
        setting: 'ambulant',
        expertiseNeeded: [],
      })
      const metadata = { actor: 'other-instance', role: 'coach', occurredAt: new Date().toISOString() }
      await store.append(streamIdOf('noord'), [{ ...event, metadata }], { expectedVersion: 'any' })
    } finally {
      await store.close()
    }
    // The load registered a hundred cases or so: one page of 500 holds them all.
    await expect
      .poll(async () => (await get('/api/teams/noord/waiting-list?limit=500')).text, { timeout: 5000 })
      .toContain('from-elsewhere')
  })
})

describe('a server whose PostgreSQL freezes (SIGSTOP)', () => {
  it('answers 503 within seconds instead of hanging, stays alive, and recovers when it thaws', async () => {
    cluster.freeze()
    let thawed = false
    try {
      const started = Date.now()
      const reply = await fetch(`${server.base}/api/commands`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(registerCase(99, 0)),
        signal: AbortSignal.timeout(30_000),
      })
      expect(reply.status).toBe(503)
      expect(Date.now() - started).toBeLessThan(15_000)
      expect((await get('/health')).status).toBe(200)
      expect((await get('/ready')).status).toBe(503)
      cluster.thaw()
      thawed = true
      const retried = async () =>
        (
          await fetch(`${server.base}/api/commands`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(registerCase(99, 0)),
          })
        ).status
      await expect.poll(retried, { timeout: 20_000, interval: 500 }).toBe(201)
    } finally {
      if (!thawed) cluster.thaw()
    }
  }, 60_000)
})
