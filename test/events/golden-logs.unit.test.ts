import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Result } from 'effect'
import { describe, expect, it } from 'vitest'
import { printJson } from '../../packages/domain/scripts/catalogue/print-json.ts'
import {
  balanceHistory,
  caseloadBalance,
  decodeEvent,
  foldEvents,
  meetingAgenda,
  myWeek,
  normAudit,
  type ProjectedEvent,
  reflectionProjection,
  reflectionReport,
  tandemHealth,
  teamProjection,
  unassignedRegie,
  waitingList,
} from '../../packages/domain/src/index.ts'

/**
 * Golden logs (events/golden): small hand-written team logs, each replayed through every projection
 * and compared with its `.expected.json`. After a deliberate change to a projection, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/events/golden-logs.unit.test.ts` and review the diff.
 */
const folder = join(import.meta.dirname, '../../events/golden')
const logs = readdirSync(folder).filter((name) => name.endsWith('.ndjson'))

interface GoldenLine {
  readonly streamId: string
  readonly position: number
  readonly type: string
  readonly schemaVersion: number
  readonly data: unknown
  readonly metadata: ProjectedEvent['metadata']
}

/** Decodes every line; the line shape has no `recordedAt`, so the moment it occurred stands in. */
const replay = (text: string): ProjectedEvent[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const stored = JSON.parse(line) as GoldenLine
      const decoded = decodeEvent(stored)
      if (Result.isFailure(decoded))
        throw new Error(`position ${stored.position}: ${decoded.failure.message}`)
      return {
        event: decoded.success,
        position: stored.position,
        recordedAt: stored.metadata.occurredAt,
        metadata: stored.metadata,
      }
    })

const results = (events: readonly ProjectedEvent[], asOf: string) => {
  const team = foldEvents(teamProjection, events)
  const reflection = foldEvents(reflectionProjection, events)
  const members = caseloadBalance(team, asOf).members.map((member) => member.professionalId)
  return {
    asOf,
    caseloadBalance: caseloadBalance(team, asOf),
    balanceHistory: balanceHistory(team, asOf),
    unassignedRegie: unassignedRegie(team, asOf),
    meetingAgenda: meetingAgenda(team, asOf),
    waitingList: waitingList(team, asOf),
    tandemHealth: tandemHealth(team, asOf),
    normAudit: normAudit(team, asOf),
    reflection: reflectionReport(reflection, asOf),
    myWeek: Object.fromEntries(members.map((id) => [id, myWeek(team, reflection, id, asOf)])),
  }
}

/** Compares figures to six decimals, so the order of a float sum cannot break a golden file. */
const roundNumbers = (_key: string, value: unknown) =>
  typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value

describe.each(logs)('golden log %s', (name) => {
  const events = replay(readFileSync(join(folder, name), 'utf8'))
  const expectedPath = join(folder, name.replace(/\.ndjson$/, '.expected.json'))

  it('decodes every line, in gapless position order', () => {
    expect(events.map((stored) => stored.position)).toEqual(events.map((_, index) => index + 1))
  })

  it('replays to the expected projection results', () => {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { readonly asOf: string }
    const actual = JSON.parse(JSON.stringify(results(events, expected.asOf), roundNumbers))
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, printJson(actual))
    else expect(actual).toEqual(expected)
  })
})
