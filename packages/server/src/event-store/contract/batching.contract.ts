import { beforeEach, describe, expect, it } from 'vitest'
import type { EventStore } from '../event-store.ts'
import { event, type OpenedStore, readEverything, type StoreUnderTest } from './store-under-test.ts'

/**
 * Many appends at once, as a busy server sends them. Appends issued in the same tick reach a
 * group-committing store together, so they share one transaction; each must still behave as if it
 * had been appended alone, in the order it was issued.
 */
export const batchingContract = (sut: StoreUnderTest) =>
  describe('concurrent appends', () => {
    let opened: OpenedStore
    let store: EventStore
    beforeEach(async () => {
      opened = await sut.open()
      store = opened.store
      return () => opened.dispose()
    })

    it('lands every concurrent append to many streams, contiguous and on a valid chain', async () => {
      const appends = Array.from({ length: 120 }, (_, i) =>
        store.append(
          `case-${i % 40}`,
          Array.from({ length: 1 + (i % 3) }, (_, n) => event('Noted', { i, n })),
          { expectedVersion: 'any', commandId: `cmd-${i}` },
        ),
      )
      const results = await Promise.all(appends)

      const log = await readEverything(store)
      expect(log).toHaveLength(240)
      expect(await store.head()).toBe(240)
      expect(await store.verify()).toMatchObject({ ok: true, head: 240 })
      for (const [i, result] of results.entries()) {
        expect(result.duplicate).toBe(false)
        expect(result.events.map((e) => (e.data as { i: number }).i)).toEqual(result.events.map(() => i))
        // An append's events are contiguous, and exactly what a reader finds at those positions.
        expect(result.events).toEqual(log.slice(result.events[0]!.position - 1, result.lastPosition))
      }
      // Positions follow the order the appends were issued in.
      const firsts = results.map((r) => r.events[0]!.position)
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
    })

    it('fails a conflicting append alone, checking it against the appends issued before it', async () => {
      const [first, conflicting, following, other] = await Promise.allSettled([
        store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' }),
        store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' }),
        store.append('case-1', [event('CaseWeighed')], { expectedVersion: 1 }),
        store.append('case-2', [event('CaseOpened')], { expectedVersion: 'no-stream' }),
      ])
      expect(first).toMatchObject({ status: 'fulfilled', value: { lastPosition: 1, streamVersion: 1 } })
      expect(conflicting).toMatchObject({
        status: 'rejected',
        reason: { _tag: 'StreamVersionConflict', streamId: 'case-1', expected: 'no-stream', actual: 1 },
      })
      expect(following).toMatchObject({ status: 'fulfilled', value: { lastPosition: 2, streamVersion: 2 } })
      expect(other).toMatchObject({ status: 'fulfilled', value: { lastPosition: 3, streamVersion: 1 } })
      expect((await store.readStream('case-1')).map((e) => e.type)).toEqual(['CaseOpened', 'CaseWeighed'])
      expect(await store.verify()).toMatchObject({ ok: true, head: 3 })
    })

    it('stores a command sent twice at once only once, and refuses its id on another stream', async () => {
      const twice = () =>
        store.append('case-1', [event('CaseOpened'), event('CaseWeighed')], {
          expectedVersion: 'no-stream',
          commandId: 'cmd-twice',
        })
      const [original, repeat, between, reused] = await Promise.allSettled([
        twice(),
        twice(),
        store.append('case-2', [event('CaseOpened')], { expectedVersion: 'no-stream' }),
        store.append('case-3', [event('CaseOpened')], { expectedVersion: 'any', commandId: 'cmd-twice' }),
      ])
      if (original.status !== 'fulfilled' || repeat.status !== 'fulfilled')
        throw new Error('both must succeed')
      expect(original.value.duplicate).toBe(false)
      expect(repeat.value).toEqual({ ...original.value, duplicate: true })
      expect(between).toMatchObject({ status: 'fulfilled', value: { lastPosition: 3 } })
      expect(reused).toMatchObject({
        status: 'rejected',
        reason: { _tag: 'CommandIdReused', originalStreamId: 'case-1' },
      })
      expect(await store.head()).toBe(3)
      expect(await store.verify()).toMatchObject({ ok: true, head: 3 })
    })

    it('acknowledges an append only once another connection can read it', async (context) => {
      if (!opened.openAnother) return context.skip('this store cannot be shared')
      const other = await opened.openAnother()
      try {
        const seen = await Promise.all(
          Array.from({ length: 20 }, async (_, i) => {
            const result = await store.append(`case-${i}`, [event('Noted', { i })], {
              expectedVersion: 'any',
            })
            return (await other.head()) >= result.lastPosition
          }),
        )
        expect(seen.every(Boolean)).toBe(true)
      } finally {
        await other.close()
      }
    })
  })
