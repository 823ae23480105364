import { beforeEach, describe, expect, it } from 'vitest'
import type { EventStore } from '../event-store.ts'
import { GENESIS_HASH, hashEvent } from '../hash-chain.ts'
import { event, type OpenedStore, readEverything, type StoreUnderTest } from './store-under-test.ts'

export const integrityContract = (sut: StoreUnderTest) =>
  describe('integrity', () => {
    let opened: OpenedStore
    let store: EventStore
    beforeEach(async () => {
      opened = await sut.open()
      store = opened.store
      for (let i = 1; i <= 6; i++)
        await store.append(`case-${i % 2}`, [event('Noted', { i })], { expectedVersion: 'any' })
      return () => opened.dispose()
    })

    it('chains every event to the one before it, from the genesis hash', async () => {
      const log = await readEverything(store)
      expect(log[0]!.previousHash).toBe(GENESIS_HASH)
      for (const [index, stored] of log.entries()) {
        expect(stored.hash).toBe(hashEvent(stored))
        if (index > 0) expect(stored.previousHash).toBe(log[index - 1]!.hash)
      }
    })

    it('verifies an untouched log', async () => {
      const log = await readEverything(store)
      expect(await store.verify()).toEqual({
        ok: true,
        eventsChecked: 6,
        head: 6,
        headHash: log.at(-1)!.hash,
      })
    })

    it('names the position of an event whose data was edited', async () => {
      await opened.tamper.editData(4, { i: 40 })
      expect(await store.verify()).toMatchObject({ ok: false, position: 4, problem: 'hash-mismatch' })
    })

    it('names the position of a deleted event', async () => {
      await opened.tamper.deleteEvent(3)
      expect(await store.verify()).toMatchObject({ ok: false, position: 3, problem: 'position-gap' })
    })

    it('notices that the last event was deleted', async () => {
      await opened.tamper.deleteEvent(6)
      expect(await store.verify()).toMatchObject({ ok: false, position: 6, problem: 'head-mismatch' })
    })

    it('names the first position of two swapped events', async () => {
      await opened.tamper.swapEvents(2, 5)
      expect(await store.verify()).toMatchObject({ ok: false, position: 2 })
    })
  })
