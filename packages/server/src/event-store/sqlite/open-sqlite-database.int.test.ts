import { afterEach, expect, it } from 'vitest'
import { freshSqliteFile } from '../contract/backends.ts'
import { event } from '../contract/store-under-test.ts'
import { openEventStore } from '../open-event-store.ts'
import { openSqliteDatabase } from './open-sqlite-database.ts'

let cleanup: () => Promise<void> = async () => undefined
afterEach(() => cleanup())

it('opens the file in WAL mode, fsyncing every commit, waiting for other writers', async () => {
  const { file, remove } = await freshSqliteFile()
  const database = openSqliteDatabase(file)
  cleanup = async () => {
    database.close()
    await remove()
  }
  expect(database.pragma('journal_mode', { simple: true })).toBe('wal')
  expect(database.pragma('synchronous', { simple: true })).toBe(2) // FULL
  expect(database.pragma('busy_timeout', { simple: true })).toBe(5000)
})

it('opens sqlite::memory: as a private store', async () => {
  const store = await openEventStore('sqlite::memory:')
  cleanup = () => store.close()
  await store.append('case-1', [event('CaseOpened')], { expectedVersion: 'no-stream' })
  expect(await store.verify()).toMatchObject({ ok: true, head: 1 })
})

it('refuses an unknown DATABASE_URL without echoing what may be a password', async () => {
  await expect(openEventStore('mysql://root:secret@db/tandem')).rejects.toThrow(/not mysql:$/)
})
