import { beforeEach, describe, expect, it } from 'vitest'
import type { EventStore } from '../event-store.ts'
import { event, type OpenedStore, type StoreUnderTest } from './store-under-test.ts'

export const commandsContract = (sut: StoreUnderTest) =>
  describe('finding a command', () => {
    let opened: OpenedStore
    let store: EventStore
    beforeEach(async () => {
      opened = await sut.open()
      store = opened.store
      return () => opened.dispose()
    })

    it('returns the original result of a stored command, marked duplicate', async () => {
      await store.append('case-0', [event('CaseOpened')], { expectedVersion: 'any' })
      const original = await store.append('case-1', [event('CaseOpened'), event('CaseWeighed')], {
        expectedVersion: 'no-stream',
        commandId: 'cmd-1',
      })
      await store.append('case-1', [event('CaseClosed')], { expectedVersion: 2, commandId: 'cmd-2' })
      expect(await store.findCommand('cmd-1')).toEqual({ ...original, duplicate: true })
    })

    it('finds nothing for an unknown command id, nor for one whose append was refused', async () => {
      await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      const refused = store.append('case-1', [event('CaseOpened')], {
        expectedVersion: 'no-stream',
        commandId: 'cmd-refused',
      })
      await expect(refused).rejects.toMatchObject({ _tag: 'StreamVersionConflict' })
      expect(await store.findCommand('cmd-unknown')).toBeUndefined()
      expect(await store.findCommand('cmd-refused')).toBeUndefined()
    })

    it('finds a command appended by another process on the same database', async (context) => {
      if (!opened.openAnother) return context.skip('this store cannot be shared')
      const other = await opened.openAnother()
      try {
        const original = await other.append('case-1', [event('CaseOpened')], {
          expectedVersion: 'any',
          commandId: 'cmd-elsewhere',
        })
        expect(await store.findCommand('cmd-elsewhere')).toEqual({ ...original, duplicate: true })
      } finally {
        await other.close()
      }
    })
  })
