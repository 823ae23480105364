import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { NewEvent } from '../../packages/server/src/event-store/event-store.ts'

/** A temporary folder for one section's database, removed when `use` settles. */
export const withTempDir = async <T>(use: (folder: string) => Promise<T>): Promise<T> => {
  const folder = await mkdtemp(join(tmpdir(), 'tandem-bench-'))
  try {
    return await use(folder)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** An event shaped like the domain's: a few hundred bytes of data and the usual metadata. */
export const benchEvent = (i: number): NewEvent => ({
  type: i % 5 === 0 ? 'RegieAssigned' : 'CaseWeighed',
  schemaVersion: 1,
  data: {
    caseId: `case-${i % 40_000}`,
    teamId: `team-${i % 100}`,
    professionalId: `prof-${i % 2_000}`,
    indicators: {
      unsafe: i % 7 === 0,
      heavyResponsibility: i % 3 === 0,
      complex: i % 2 === 0,
      highImpact: false,
    },
    intensity: ['light', 'moderate', 'heavy', 'crisis'][i % 4],
    weight: i % 13,
    reasoning: 'Besproken in het verdeeloverleg; coördinatie met de gedragswetenschapper.',
  },
  metadata: {
    actor: `prof-${i % 2_000}`,
    role: 'professional',
    occurredAt: new Date(1_740_000_000_000 + i * 1000).toISOString(),
    commandId: `cmd-${i}`,
    correlationId: `corr-${i}`,
  },
})

export const perSecond = (count: number, milliseconds: number) => Math.round((count * 1000) / milliseconds)
