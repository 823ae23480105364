import { beforeEach, describe, expect, it } from 'vitest'
import type { EventStore } from '../event-store.ts'
import { event, type OpenedStore, type StoreUnderTest } from './store-under-test.ts'

/** Resolves with the first head the listener hears that is at least `head`. */
const heard = (store: EventStore, head: number) =>
  new Promise<number>((resolve) => {
    const stop = store.onAppended((at) => {
      if (at < head) return
      stop()
      resolve(at)
    })
  })

export const notificationsContract = (sut: StoreUnderTest) =>
  describe('notifications', () => {
    let opened: OpenedStore
    let store: EventStore
    beforeEach(async () => {
      opened = await sut.open()
      store = opened.store
      return () => opened.dispose()
    })

    it('tells a new listener the current head', async () => {
      await store.append('case-1', [event('CaseOpened'), event('CaseWeighed')], { expectedVersion: 'any' })
      expect(await heard(store, 0)).toBe(2)
    })

    it('tells listeners of appends by the same store, heads only growing', async () => {
      const heads: number[] = []
      const stop = store.onAppended((head) => heads.push(head))
      await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'any' })
      await store.append('case-1', [event('CaseWeighed')], { expectedVersion: 'any' })
      await new Promise((resolve) => setTimeout(resolve, 50))
      stop()
      expect(heads.at(-1)).toBe(2)
      expect(heads).toEqual([...heads].sort((a, b) => a - b))
      expect(new Set(heads).size).toBe(heads.length)
    })

    it('tells listeners of appends by another process within a second', async (context) => {
      if (!opened.openAnother) return context.skip('this store cannot be shared')
      const other = await opened.openAnother()
      try {
        const waiting = heard(store, 1)
        const started = Date.now()
        await other.append('case-1', [event('CaseOpened')], { expectedVersion: 'any' })
        expect(await waiting).toBe(1)
        expect(Date.now() - started).toBeLessThan(1500)
      } finally {
        await other.close()
      }
    })

    it('stops telling a listener once it unsubscribes', async () => {
      const heads: number[] = []
      store.onAppended((head) => heads.push(head))()
      await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'any' })
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(heads).toEqual([])
    })
  })
