import type { Kysely } from 'kysely'
import type { EventMetadata, EventStore, NewEvent } from '../event-store.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'

/** One backend as the contract suite sees it (after Kysely's DIALECTS list, Emmett's features.ts). */
export interface StoreUnderTest {
  readonly name: string
  /** A fresh, empty store on a database of its own. */
  readonly open: () => Promise<OpenedStore>
}

export interface OpenedStore {
  readonly store: EventStore
  /** A second store on the same database, as another process would open it; absent when it cannot be shared. */
  readonly openAnother?: () => Promise<EventStore>
  /** Changes the stored log behind the store's back, as an attacker with database access could. */
  readonly tamper: Tamper
  /** Closes everything opened and removes the database. */
  readonly dispose: () => Promise<void>
}

export interface Tamper {
  readonly editData: (position: number, data: unknown) => Promise<void>
  readonly deleteEvent: (position: number) => Promise<void>
  readonly swapEvents: (first: number, second: number) => Promise<void>
}

/** Tampering through SQL, the same for every SQL backend. */
export const sqlTamper = (db: Kysely<EventStoreDatabase>): Tamper => ({
  editData: async (position, data) => {
    await db
      .updateTable('events')
      .set({ data: JSON.stringify(data) })
      .where('position', '=', position)
      .execute()
  },
  deleteEvent: async (position) => {
    await db.deleteFrom('events').where('position', '=', position).execute()
  },
  swapEvents: async (first, second) => {
    const move = (from: number, to: number) =>
      db.updateTable('events').set({ position: to }).where('position', '=', from).execute()
    await move(first, -1)
    await move(second, first)
    await move(-1, second)
  },
})

export const metadata: EventMetadata = {
  actor: 'prof-7',
  role: 'professional',
  occurredAt: '2025-03-04T09:15:00.000Z',
}

export const event = (type: string, data: unknown = {}): NewEvent => ({
  type,
  schemaVersion: 1,
  data,
  metadata,
})

/** Collects every batch of a readAll into one list. */
export const readEverything = async (store: EventStore, options = {}) => {
  const all = []
  for await (const batch of store.readAll(options)) all.push(...batch)
  return all
}
