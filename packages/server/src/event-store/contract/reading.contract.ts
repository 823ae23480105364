import { beforeEach, describe, expect, it } from 'vitest'
import type { EventStore } from '../event-store.ts'
import { event, type OpenedStore, readEverything, type StoreUnderTest } from './store-under-test.ts'

export const readingContract = (sut: StoreUnderTest) =>
  describe('reading', () => {
    let opened: OpenedStore
    let store: EventStore
    beforeEach(async () => {
      opened = await sut.open()
      store = opened.store
      return () => opened.dispose()
    })

    it('reads an empty log as nothing, with head 0', async () => {
      expect(await readEverything(store)).toEqual([])
      expect(await store.readStream('case-1')).toEqual([])
      expect(await store.head()).toBe(0)
    })

    it('reads the log in batches, in position order, from and to a position', async () => {
      for (let i = 1; i <= 7; i++)
        await store.append(`case-${i % 3}`, [event('Noted', { i })], { expectedVersion: 'any' })

      const batches = []
      for await (const batch of store.readAll({ batchSize: 3 })) batches.push(batch.map((e) => e.position))
      expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]])
      const middle = await readEverything(store, { from: 3, to: 5, batchSize: 2 })
      expect(middle.map((e) => e.position)).toEqual([3, 4, 5])
    })

    it('reads only the events after a stream version when asked, and nothing when none came since', async () => {
      await store.append('case-1', [event('CaseOpened'), event('CaseWeighed')], {
        expectedVersion: 'no-stream',
      })
      await store.append('case-2', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      await store.append('case-1', [event('CaseClosed')], { expectedVersion: 2 })
      const since = await store.readStream('case-1', { afterVersion: 1 })
      expect(since.map((e) => [e.streamVersion, e.type])).toEqual([
        [2, 'CaseWeighed'],
        [3, 'CaseClosed'],
      ])
      expect(await store.readStream('case-1', { afterVersion: 3 })).toEqual([])
    })

    it('reads one stream in version order', async () => {
      await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      await store.append('case-2', [event('CaseOpened')], { expectedVersion: 'no-stream' })
      await store.append('case-1', [event('CaseClosed')], { expectedVersion: 1 })
      const stream = await store.readStream('case-1')
      expect(stream.map((e) => [e.streamVersion, e.type])).toEqual([
        [1, 'CaseOpened'],
        [2, 'CaseClosed'],
      ])
    })

    it('keeps Dutch diacritics, emoji, right-to-left text and control characters exactly', async () => {
      const data = {
        note: 'Overleg met gezinshuisouder: geëvalueerd, ruïne, café, coördinatie',
        mood: '👨‍👩‍👧‍👦 🧑🏽‍⚕️ ✅',
        arabic: 'مرحبا بالعالم',
        hebrew: 'שלום',
        escapes: 'tab\there\nnew line "quoted" \\ \u0000 \u2028',
        'sleutel é': [1.5, -0, 1e21, null, true],
      }
      await store.append(
        'case-1',
        [{ ...event('Noted', data), metadata: { ...event('x').metadata, actor: 'Zoë' } }],
        {
          expectedVersion: 'any',
        },
      )
      const [stored] = await store.readStream('case-1')
      expect(stored!.data).toEqual(JSON.parse(JSON.stringify(data)))
      expect(stored!.metadata.actor).toBe('Zoë')
      expect(await store.verify()).toMatchObject({ ok: true, head: 1 })
    })

    it('keeps a 1 MB payload exactly', async () => {
      const text = 'Jeugdhulp ë 🧸 '.repeat(70_000)
      await store.append('case-1', [event('Attached', { text })], { expectedVersion: 'any' })
      const [stored] = await store.readStream('case-1')
      expect((stored!.data as { text: string }).text).toBe(text)
      expect(await store.verify()).toMatchObject({ ok: true, head: 1 })
    })
  })
