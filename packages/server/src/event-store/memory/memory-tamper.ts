import type { Tamper } from '../contract/store-under-test.ts'
import type { StoredEvent } from '../event-store.ts'

/** Tampering with the memory store's array, mirroring what sqlTamper does to rows. */
export const memoryTamper = (events: StoredEvent[]): Tamper => {
  const indexOf = (position: number) => events.findIndex((event) => event.position === position)
  return {
    editData: async (position, data) => {
      const index = indexOf(position)
      events[index] = { ...events[index]!, data }
    },
    deleteEvent: async (position) => {
      events.splice(indexOf(position), 1)
    },
    swapEvents: async (first, second) => {
      const [a, b] = [indexOf(first), indexOf(second)]
      const [eventA, eventB] = [events[a]!, events[b]!]
      events[a] = { ...eventB, position: first }
      events[b] = { ...eventA, position: second }
    },
  }
}
