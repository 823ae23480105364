import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultTeamSettings, encodeEvent, streamIdOf, type TeamEvent } from '@tandem/domain'
import { afterEach, describe, expect, it } from 'vitest'
import { openServerDatabase } from '../db/open-server-database.ts'
import { openSqliteStore } from '../event-store/sqlite/open-sqlite-store.ts'
import { memoryLogger } from '../log/logger.ts'
import { CURRENT_VERSION, saveHeadCheckpoint, saveTeamCheckpoint } from './checkpoints.ts'
import { ProjectionRunner } from './projection-runner.ts'
import { initialTeamViews } from './team-views.ts'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const metadata = { actor: 'acc-1', role: 'coach', occurredAt: '2026-02-02T09:00:00.000Z' }

const events: readonly TeamEvent[] = [
  {
    _tag: 'TeamFounded',
    teamId: 'noord',
    name: 'Team noord',
    foundedOn: '2026-01-05',
    settings: defaultTeamSettings,
  },
  ...['c1', 'c2'].map(
    (caseId): TeamEvent => ({
      _tag: 'CaseRegistered',
      teamId: 'noord',
      caseId,
      reference: `2026-${caseId}`,
      receivedOn: '2026-02-01',
      setting: 'ambulant',
      expertiseNeeded: [],
    }),
  ),
]

/**
 * A log of three events and a checkpoint at its head, saved under `version`, whose team row holds
 * an empty state: a runner that reuses the row sees no cases, one that rebuilds sees both.
 */
const casesAfterStart = async (version: string) => {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-checkpoint-'))
  folders.push(folder)
  const file = join(folder, 'log.db')
  const store = await openSqliteStore(file)
  const db = await openServerDatabase({ url: `sqlite:${file}` })
  const appended = await store.append(
    streamIdOf('noord'),
    events.map((event) => ({ ...encodeEvent(event), metadata })),
    { expectedVersion: 'no-stream' },
  )
  const now = new Date()
  await saveTeamCheckpoint(
    db,
    'noord',
    appended.lastPosition,
    JSON.stringify(initialTeamViews()),
    now,
    version,
  )
  await saveHeadCheckpoint(db, appended.lastPosition, now, version)
  const runner = new ProjectionRunner({ store, db, log: memoryLogger(), clock: () => now })
  await runner.start()
  const cases = Object.keys(runner.views('noord')?.team.cases ?? {}).sort()
  await runner.close()
  await db.destroy()
  await store.close()
  return cases
}

describe('checkpoint versions', () => {
  it('reuses a checkpoint written under the current projection versions', async () => {
    expect(await casesAfterStart(CURRENT_VERSION)).toEqual([])
  })

  it('ignores a checkpoint written under another projection version and rebuilds from the log', async () => {
    expect(CURRENT_VERSION).toMatch(/team2/)
    expect(await casesAfterStart('v1.team1.reflection1')).toEqual(['c1', 'c2'])
  })

  it('ignores the unversioned checkpoint names of earlier releases', async () => {
    expect(await casesAfterStart('v1')).toEqual(['c1', 'c2'])
  })
})
