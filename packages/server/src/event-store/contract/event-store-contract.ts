import { describe } from 'vitest'
import { appendingContract } from './appending.contract.ts'
import { batchingContract } from './batching.contract.ts'
import { commandsContract } from './commands.contract.ts'
import { integrityContract } from './integrity.contract.ts'
import { notificationsContract } from './notifications.contract.ts'
import { readingContract } from './reading.contract.ts'
import type { StoreUnderTest } from './store-under-test.ts'

/** The one contract every event store backend passes; each backend's test file calls it once. */
export const eventStoreContract = (sut: StoreUnderTest) =>
  describe(`event store contract: ${sut.name}`, () => {
    appendingContract(sut)
    batchingContract(sut)
    commandsContract(sut)
    readingContract(sut)
    integrityContract(sut)
    notificationsContract(sut)
  })
