import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Result } from 'effect'
import { describe, expect, it } from 'vitest'
import {
  currentSchemaVersion,
  decodeEvent,
  type EncodedEvent,
  eventDecoder,
  type TeamEventType,
} from '../../packages/domain/src/index.ts'

/**
 * The versioning policy, checked: an event type whose current schema version is n > 1 has, for
 * every older version 1 … n−1, at least one event of that version in a golden log (events/golden),
 * and every such event decodes through the upcasters. golden-logs.unit.test.ts then replays each
 * log to its expected projections, so the old versions are proven to replay to the same figures.
 * How to change an event: CONTRIBUTING.md, "Change an event".
 */
const folder = join(import.meta.dirname, '../../events/golden')
const golden: readonly (EncodedEvent & { readonly position: number; readonly log: string })[] = readdirSync(
  folder,
)
  .filter((name) => name.endsWith('.ndjson'))
  .flatMap((log) =>
    readFileSync(join(folder, log), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ ...(JSON.parse(line) as EncodedEvent & { position: number }), log })),
  )

type Versions = { readonly [T in TeamEventType]: number }
type Decode = (stored: EncodedEvent) => Result.Result<unknown, Error>

/** What the golden logs lack for `versions`: an old version with no event, or one whose events do not decode. */
const policyGaps = (versions: Versions, decode: Decode, lines: typeof golden): readonly string[] =>
  (Object.entries(versions) as [TeamEventType, number][]).flatMap(([type, current]) =>
    Array.from({ length: current - 1 }, (_, i) => i + 1).flatMap((version) => {
      const examples = lines.filter((line) => line.type === type && line.schemaVersion === version)
      if (examples.length === 0) return [`${type} v${version}: no event in events/golden`]
      return examples.flatMap((line) => {
        const decoded = decode(line)
        return Result.isFailure(decoded)
          ? [`${type} v${version} at ${line.log}:${line.position}: ${decoded.failure.message}`]
          : []
      })
    }),
  )

describe('the versioning policy', () => {
  it('holds: every older schema version of an event has a golden event that decodes', () => {
    expect(policyGaps(currentSchemaVersion, decodeEvent, golden)).toEqual([])
  })

  it('would fail for an event at version 2 whose version 1 no golden log holds', () => {
    const bumped = { ...currentSchemaVersion, ContractChanged: 2 }
    expect(policyGaps(bumped, eventDecoder(bumped, {}), golden)).toEqual([
      'ContractChanged v1: no event in events/golden',
    ])
  })

  it('would fail for a golden event of an old version that no upcaster lifts', () => {
    const bumped = { ...currentSchemaVersion, TeamFounded: 2 }
    const gaps = policyGaps(bumped, eventDecoder(bumped, {}), golden)
    expect(gaps.length).toBeGreaterThan(0)
    expect(
      gaps.every(
        (gap) => gap.startsWith('TeamFounded v1 at ') && gap.endsWith('No upcaster for TeamFounded v1'),
      ),
    ).toBe(true)
  })

  it('is met by a golden event of the old version and its upcaster', () => {
    const bumped = { ...currentSchemaVersion, TeamFounded: 2 }
    const lifted = eventDecoder(bumped, { TeamFounded: { 1: (data) => ({ ...data }) } })
    expect(policyGaps(bumped, lifted, golden)).toEqual([])
  })
})
