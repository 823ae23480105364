import { defaultTeamSettings, encodeEvent, streamIdOf, type TeamEvent } from '@tandem/domain'
import { Result } from 'effect'
import { describe, expect, it } from 'vitest'
import type { StoredEvent } from '../event-store/event-store.ts'
import { MemoryEventStore } from '../event-store/memory/memory-event-store.ts'
import { type AsOf, cut, parseAsOf, viewsAsOf } from './as-of.ts'

const founded: TeamEvent = {
  _tag: 'TeamFounded',
  teamId: 'noord',
  name: 'Noord',
  foundedOn: '2026-03-01',
  settings: defaultTeamSettings,
}

/** A stored event of team noord at `position`, recorded at `recordedAt`. */
const stored = (position: number, recordedAt: string): StoredEvent => ({
  position,
  streamId: 'team-noord',
  streamVersion: position,
  type: 'TeamFounded',
  schemaVersion: 1,
  data: {},
  metadata: { actor: 'a', role: 'coach', occurredAt: recordedAt },
  recordedAt,
  previousHash: '',
  hash: '',
})
/** Three events of one team, recorded on 1, 2 and 3 March. */
const log = [
  stored(1, '2026-03-01T10:00:00.000Z'),
  stored(2, '2026-03-02T10:00:00.000Z'),
  stored(3, '2026-03-03T10:00:00.000Z'),
]

/** What an answer as of `raw` includes and where it says it stands. */
const answer = (raw: string) => {
  const at = cut(Result.getOrThrow(parseAsOf(raw)) as AsOf)
  const included = log.filter((event) => at.includes(event)).map((event) => event.position)
  return { included, ...at.standing }
}

describe('the one rule for "as of"', () => {
  it('reads a position as every event up to it, standing at it', () => {
    expect(answer('2')).toEqual({ included: [1, 2], position: 2, date: '2026-03-02' })
  })

  it('reads a position beyond the head as the head, and says which position it really is', () => {
    expect(answer('999999')).toEqual({ included: [1, 2, 3], position: 3, date: '2026-03-03' })
  })

  it('reads a moment as every event recorded at or before it, on the moment’s day', () => {
    expect(answer('2026-03-02T12:00:00Z')).toEqual({ included: [1, 2], position: 2, date: '2026-03-02' })
  })

  it('reads a date alone as the end of that day (UTC)', () => {
    expect(answer('2026-03-02')).toEqual(answer('2026-03-02T23:59:59.999Z'))
    expect(answer('2026-03-02').included).toEqual([1, 2])
  })

  it('stands at position 0 before the first event', () => {
    expect(answer('2026-02-01')).toMatchObject({ included: [], position: 0, date: '2026-02-01' })
  })

  it('refuses what is neither a position nor a moment', () => {
    expect(Result.isFailure(parseAsOf('yesterday'))).toBe(true)
  })
})

describe("a team's views as of a position beyond the head", () => {
  it("stand at the team's last event, not at the position asked for", async () => {
    const store = new MemoryEventStore()
    const { type, schemaVersion, data } = encodeEvent(founded)
    const metadata = { actor: 'a', role: 'admin', occurredAt: '2026-03-01T10:00:00Z' }
    await store.append(streamIdOf('noord'), [{ type, schemaVersion, data, metadata }], {
      expectedVersion: 'no-stream',
    })
    const at = await viewsAsOf(store, 'noord', { position: 999_999 })
    expect(at.position).toBe(1)
    expect(at.views).toBeDefined()
  })
})
