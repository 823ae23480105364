import { sqliteFileBackend } from '../contract/backends.ts'
import { eventStoreContract } from '../contract/event-store-contract.ts'

eventStoreContract(sqliteFileBackend)
