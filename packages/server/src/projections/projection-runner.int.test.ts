import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultTeamSettings, encodeEvent, streamIdOf, type TeamEvent } from '@tandem/domain'
import { afterEach, describe, expect, it } from 'vitest'
import { openServerDatabase } from '../db/open-server-database.ts'
import type { EventStore } from '../event-store/event-store.ts'
import { openSqliteStore } from '../event-store/sqlite/open-sqlite-store.ts'
import { memoryLogger } from '../log/logger.ts'
import { ProjectionRunner } from './projection-runner.ts'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const metadata = { actor: 'acc-1', role: 'coach', occurredAt: '2026-02-02T09:00:00.000Z' }

const append = (store: EventStore, teamId: string, events: readonly TeamEvent[]) =>
  store.append(
    streamIdOf(teamId),
    events.map((event) => ({ ...encodeEvent(event), metadata })),
    {
      expectedVersion: 'any',
    },
  )

const founded = (teamId: string): TeamEvent => ({
  _tag: 'TeamFounded',
  teamId,
  name: `Team ${teamId}`,
  foundedOn: '2026-01-05',
  settings: defaultTeamSettings,
})

const caseRegistered = (teamId: string, caseId: string): TeamEvent => ({
  _tag: 'CaseRegistered',
  teamId,
  caseId,
  reference: `2026-${caseId}`,
  receivedOn: '2026-02-01',
  setting: 'ambulant',
  expertiseNeeded: [],
})

const open = async (file: string) => {
  const store = await openSqliteStore(file)
  const db = await openServerDatabase({ url: `sqlite:${file}` })
  const runner = new ProjectionRunner({ store, db, log: memoryLogger(), clock: () => new Date() })
  await runner.start()
  return {
    store,
    runner,
    async close() {
      await runner.close()
      await db.destroy()
      await store.close()
    },
  }
}

const caseIds = (runner: ProjectionRunner, teamId: string) =>
  Object.keys(runner.views(teamId)?.team.cases ?? {}).sort()

describe('the projection runner', () => {
  it('folds what is appended after it started, per team', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tandem-runner-'))
    folders.push(folder)
    const instance = await open(join(folder, 'log.db'))
    await append(instance.store, 'noord', [founded('noord'), caseRegistered('noord', 'c1')])
    await append(instance.store, 'zuid', [founded('zuid')])
    await instance.runner.waitFor(await instance.store.head())
    expect(caseIds(instance.runner, 'noord')).toEqual(['c1'])
    expect([...instance.runner.teamIds()].sort()).toEqual(['noord', 'zuid'])
    await instance.close()
  })

  it('restarts from its checkpoint and folds only what came after, exactly once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tandem-runner-'))
    folders.push(folder)
    const file = join(folder, 'log.db')
    const first = await open(file)
    await append(first.store, 'noord', [founded('noord'), caseRegistered('noord', 'c1')])
    await first.runner.waitFor(await first.store.head())
    await first.close()

    // Appended while no server ran: the next start must fold these and nothing twice.
    const offline = await openSqliteStore(file)
    await append(offline, 'noord', [caseRegistered('noord', 'c2')])
    await offline.close()

    const second = await open(file)
    expect(second.runner.position).toBe(await second.store.head())
    expect(caseIds(second.runner, 'noord')).toEqual(['c1', 'c2'])
    await second.close()
  })

  it('tells subscribers about each team’s new events once they are folded', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tandem-runner-'))
    folders.push(folder)
    const instance = await open(join(folder, 'log.db'))
    const heard: string[] = []
    instance.runner.subscribe((teamId, events) =>
      heard.push(`${teamId}:${events.map((e) => e.event._tag).join(',')}`),
    )
    const result = await append(instance.store, 'noord', [founded('noord'), caseRegistered('noord', 'c1')])
    instance.runner.offer(result.events)
    await instance.runner.waitFor(result.lastPosition)
    expect(heard).toEqual(['noord:TeamFounded,CaseRegistered'])
    await instance.close()
  })
})
