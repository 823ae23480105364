import { Result } from 'effect'
import { describe, expect, it } from 'vitest'
import { currentSchemaVersion, type EncodedEvent, eventDecoder, type Upcasters } from './codec.ts'

/**
 * The upcasting machinery, on a made-up history: ContractChanged v1 had no `effectiveFrom` (a change
 * took effect when recorded), v2 added it, v3 renamed `contractHours` to `hours` and v4 renamed it
 * back. Only the decoder's tables are made up; the schema decoded into is the real one.
 */
const v1ToV2 = (data: Readonly<Record<string, unknown>>, metadata: { readonly occurredAt: string }) => ({
  ...data,
  effectiveFrom: metadata.occurredAt.slice(0, 10),
})
const lifts: Upcasters = {
  ContractChanged: {
    1: v1ToV2,
    2: ({ contractHours, ...rest }) => ({ ...rest, hours: contractHours }),
    3: ({ hours, ...rest }) => ({ ...rest, contractHours: hours }),
  },
}
const decode = eventDecoder({ ...currentSchemaVersion, ContractChanged: 4 }, lifts)

const stored = (schemaVersion: number, data: Record<string, unknown>, withMetadata = true): EncodedEvent => ({
  type: 'ContractChanged',
  schemaVersion,
  data: { teamId: 'noord', professionalId: 'p1', ...data },
  ...(withMetadata
    ? { metadata: { occurredAt: '2026-02-10T09:30:00Z', actor: 'coach-1', role: 'coach' } }
    : {}),
})

const failureOf = (event: EncodedEvent) => Result.getOrThrow(Result.flip(decode(event))).message

describe('decoding an event of an older schema version', () => {
  it('upcasts it to the current version, filling a new field from the envelope it was stored in', () => {
    expect(Result.getOrThrow(decode(stored(1, { contractHours: 24 })))).toEqual({
      _tag: 'ContractChanged',
      teamId: 'noord',
      professionalId: 'p1',
      contractHours: 24,
      effectiveFrom: '2026-02-10',
    })
  })

  it('upcasts one version at a time, in order, from the version it was stored in', () => {
    const fromV3 = stored(3, { hours: 20, effectiveFrom: '2026-03-01' })
    expect(Result.getOrThrow(decode(fromV3))).toMatchObject({
      contractHours: 20,
      effectiveFrom: '2026-03-01',
    })
  })

  it('decodes the current version as it is', () => {
    const current = stored(4, { contractHours: 32, effectiveFrom: '2026-04-01' }, false)
    expect(Result.getOrThrow(decode(current))).toMatchObject({
      contractHours: 32,
      effectiveFrom: '2026-04-01',
    })
  })

  it('refuses an old version stored without its metadata, which the upcasters may need', () => {
    expect(failureOf(stored(1, { contractHours: 24 }, false))).toContain('needs its envelope')
  })

  it('refuses an old version that no upcaster lifts', () => {
    const without = eventDecoder({ ...currentSchemaVersion, ContractChanged: 2 }, {})
    expect(Result.getOrThrow(Result.flip(without(stored(1, { contractHours: 24 })))).message).toBe(
      'No upcaster for ContractChanged v1',
    )
  })

  it('refuses a version from the future', () => {
    expect(failureOf(stored(5, { contractHours: 24 }))).toContain('expected 1..4')
  })

  it('refuses an upcast payload that does not fit the current schema', () => {
    expect(failureOf(stored(3, { effectiveFrom: '2026-03-01' }))).toContain('ContractChanged:')
  })
})
