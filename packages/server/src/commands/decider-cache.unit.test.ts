import { defaultTeamSettings, encodeEvent, streamIdOf, type TeamEvent } from '@tandem/domain'
import { describe, expect, it } from 'vitest'
import { MemoryEventStore } from '../event-store/memory/memory-event-store.ts'
import { DeciderCache } from './decider-cache.ts'

const stream = streamIdOf('noord')
const metadata = { actor: 'someone', role: 'coach', occurredAt: '2026-03-02T09:00:00.000Z' }
const founded: TeamEvent = {
  _tag: 'TeamFounded',
  teamId: 'noord',
  name: 'Noord',
  foundedOn: '2026-01-05',
  settings: defaultTeamSettings,
}
const caseRegistered = (caseId: string): TeamEvent => ({
  _tag: 'CaseRegistered',
  teamId: 'noord',
  caseId,
  reference: `2026-${caseId}`,
  receivedOn: '2026-02-20',
  setting: 'ambulant',
  expertiseNeeded: [],
})

/** Another process on the same database appends straight to the store, past this cache. */
const appendElsewhere = (store: MemoryEventStore, event: TeamEvent) =>
  store.append(stream, [{ ...encodeEvent(event), metadata }], { expectedVersion: 'any' })

const knowsCase = (state: unknown, caseId: string) =>
  (state as { readonly cases: ReadonlyMap<string, unknown> }).cases.has(caseId)

describe('the decider cache', () => {
  it('brings a stale team up to the store, reading only what was appended since', async () => {
    const store = new MemoryEventStore()
    await appendElsewhere(store, founded)
    const cache = new DeciderCache(store)
    expect((await cache.get(stream)).version).toBe(1)
    await appendElsewhere(store, caseRegistered('c1'))
    const refreshed = await cache.refresh(stream)
    expect(refreshed.version).toBe(2)
    expect(knowsCase(refreshed.state, 'c1')).toBe(true)
  })

  it('keeps the cached state when nothing was appended since', async () => {
    const store = new MemoryEventStore()
    await appendElsewhere(store, founded)
    const cache = new DeciderCache(store)
    const cached = await cache.get(stream)
    expect(await cache.refresh(stream)).toBe(cached)
  })

  it('refreshes on the next get a team the projections saw another process write to', async () => {
    const store = new MemoryEventStore()
    await appendElsewhere(store, founded)
    const cache = new DeciderCache(store)
    await cache.get(stream)
    const { lastPosition } = await appendElsewhere(store, caseRegistered('c1'))
    cache.noteFolded(stream, lastPosition)
    expect(knowsCase((await cache.get(stream)).state, 'c1')).toBe(true)
  })

  it('does not refresh for its own appends, which it already holds', async () => {
    const store = new MemoryEventStore()
    await appendElsewhere(store, founded)
    const cache = new DeciderCache(store)
    const before = await cache.get(stream)
    const result = await appendElsewhere(store, caseRegistered('c1'))
    cache.advance(stream, before, [caseRegistered('c1')], result.streamVersion, result.lastPosition)
    cache.noteFolded(stream, result.lastPosition)
    const reads: unknown[] = []
    const readStream = store.readStream.bind(store)
    store.readStream = (...args) => {
      reads.push(args)
      return readStream(...args)
    }
    await cache.get(stream)
    expect(reads).toEqual([])
  })
})
