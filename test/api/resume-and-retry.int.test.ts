import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startApiServer } from './support/api-server.ts'
import { foundTeam, registerCase } from './support/commands.ts'
import { openSse } from './support/sse.ts'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

describe('resuming the live stream', () => {
  it('replays the team’s events after Last-Event-ID, then continues live', async () => {
    const server = await startApiServer()
    const coach = await server.as('coach', ['noord'])
    await server.admin.command(foundTeam('noord'))
    await server.admin.command(foundTeam('zuid'))
    const seen = await coach.command(registerCase('noord', 'c1'))
    const missed = [await coach.command(registerCase('noord', 'c2'))]
    const other = await server.as('coach', ['zuid'])
    expect((await other.command(registerCase('zuid', 'z1'))).status).toBe(201)
    missed.push(await coach.command(registerCase('noord', 'c3')))

    const live = await openSse(`${server.base}/api/teams/noord/live`, coach.token!, {
      'last-event-id': String(seen.body.position),
    })
    await live.next((m) => m.event === 'ready')
    const replayed = await live.next((m) => m.event === 'appended')
    expect(replayed.data.events.map((e: { data: { caseId: string } }) => e.data.caseId)).toEqual(['c2', 'c3'])
    expect(replayed.data.position).toBe(missed[1]!.body.position)

    const next = await coach.command(registerCase('noord', 'c4'))
    const continued = await live.next((m) => m.event === 'appended' && m.data.position === next.body.position)
    expect(continued.data.events.map((e: { data: { caseId: string } }) => e.data.caseId)).toEqual(['c4'])
    expect(live.messages.filter((m) => m.event === 'appended')).toHaveLength(2)
    live.close()
    await server.close()
  })
})

describe('retrying a command', () => {
  it('gives the original reply after a restart, without deciding or appending again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tandem-retry-'))
    folders.push(folder)
    const databaseUrl = `sqlite:${join(folder, 'tandem.db')}`
    const body = { ...registerCase('noord', 'c1'), commandId: 'retry-c1' }

    const first = await startApiServer({ databaseUrl })
    await first.admin.command(foundTeam('noord'))
    await first.admin.command(foundTeam('zuid'))
    const original = await (await first.as('coach', ['noord', 'zuid'])).command(body)
    expect(original.status).toBe(201)
    await first.close()

    const second = await startApiServer({ databaseUrl })
    // another account of the team: the reply is the command's, whoever retries it
    const coach = await second.as('professional', ['noord', 'zuid'])
    const head = await second.tandem.store.head()
    const retried = await coach.command(body)
    expect(retried.status).toBe(201)
    expect(retried.body).toEqual(original.body)
    expect(await second.tandem.store.head()).toBe(head)
    const elsewhere = await coach.command({ ...registerCase('zuid', 'c1'), commandId: 'retry-c1' })
    expect(elsewhere.status).toBe(409)
    await second.close()
  })
})
