import { beforeEach, describe, expect, it } from 'vitest'
import type { EventStore } from '../event-store.ts'
import { event, type OpenedStore, readEverything, type StoreUnderTest } from './store-under-test.ts'

export const appendingContract = (sut: StoreUnderTest) =>
  describe('appending', () => {
    let opened: OpenedStore
    let store: EventStore
    beforeEach(async () => {
      opened = await sut.open()
      store = opened.store
      return () => opened.dispose()
    })

    it('numbers events by global position and by version within their stream', async () => {
      await store.append('case-1', [event('CaseOpened'), event('CaseWeighed')], {
        expectedVersion: 'no-stream',
      })
      const result = await store.append('case-2', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      await store.append('case-1', [event('RegieAssigned')], { expectedVersion: 2 })

      expect(result).toMatchObject({ lastPosition: 3, streamVersion: 1, duplicate: false })
      const log = await readEverything(store)
      expect(log.map((e) => [e.position, e.streamId, e.streamVersion, e.type])).toEqual([
        [1, 'case-1', 1, 'CaseOpened'],
        [2, 'case-1', 2, 'CaseWeighed'],
        [3, 'case-2', 1, 'CaseOpened'],
        [4, 'case-1', 3, 'RegieAssigned'],
      ])
      expect(await store.head()).toBe(4)
    })

    it('returns the stored events, as a reader will see them', async () => {
      const { events } = await store.append(
        'case-1',
        [event('CaseOpened', { ref: 'W-12', skip: undefined })],
        {
          expectedVersion: 'any',
        },
      )
      expect(events).toEqual(await store.readStream('case-1'))
      expect(events[0]!.data).toEqual({ ref: 'W-12' })
    })

    it('refuses an append whose expected version is stale, storing nothing', async () => {
      await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      const stale = store.append('case-1', [event('CaseClosed')], { expectedVersion: 0 })
      await expect(stale).rejects.toMatchObject({
        _tag: 'StreamVersionConflict',
        streamId: 'case-1',
        expected: 0,
        actual: 1,
      })
      const exists = store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      await expect(exists).rejects.toMatchObject({
        _tag: 'StreamVersionConflict',
        expected: 'no-stream',
        actual: 1,
      })
      expect(await store.head()).toBe(1)
    })

    it('lets exactly one of two racing appends with the same expected version win', async () => {
      await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      // On PostgreSQL the two run on two pooled connections; SQLite's one connection takes them in turn.
      const outcomes = await Promise.allSettled([
        store.append('case-1', [event('RegieAssigned', { to: 'a' })], { expectedVersion: 1 }),
        store.append('case-1', [event('RegieAssigned', { to: 'b' })], { expectedVersion: 1 }),
      ])

      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      const [failure] = outcomes.filter((o) => o.status === 'rejected')
      expect(failure?.reason).toMatchObject({ _tag: 'StreamVersionConflict', expected: 1, actual: 2 })
      expect(await store.readStream('case-1')).toHaveLength(2)
    })

    it('stores a retried command once and returns the original result', async () => {
      const first = await store.append('case-1', [event('CaseOpened'), event('CaseWeighed')], {
        expectedVersion: 'no-stream',
        commandId: 'cmd-1',
      })
      const retry = await store.append('case-1', [event('CaseOpened'), event('CaseWeighed')], {
        expectedVersion: 'no-stream',
        commandId: 'cmd-1',
      })
      expect(retry).toEqual({ ...first, duplicate: true })
      expect(await store.head()).toBe(2)
    })

    it('stores a command once when both tries race', async () => {
      const tries = [1, 2].map(() =>
        store.append('case-1', [event('CaseOpened')], { expectedVersion: 'any', commandId: 'cmd-race' }),
      )
      const results = await Promise.all(tries)
      expect(results.map((r) => r.duplicate).sort()).toEqual([false, true])
      expect(results[0]!.events).toEqual(results[1]!.events)
      expect(await store.head()).toBe(1)
    })

    it('refuses a command id already used on another stream', async () => {
      await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'any', commandId: 'cmd-1' })
      const reuse = store.append('case-2', [event('CaseOpened')], {
        expectedVersion: 'any',
        commandId: 'cmd-1',
      })
      await expect(reuse).rejects.toMatchObject({ _tag: 'CommandIdReused', originalStreamId: 'case-1' })
    })

    it('refuses an empty append', async () => {
      await expect(store.append('case-1', [], { expectedVersion: 'any' })).rejects.toMatchObject({
        _tag: 'EmptyAppend',
        streamId: 'case-1',
      })
      expect(await store.head()).toBe(0)
    })
  })
