import { parentPort } from 'node:worker_threads'
import { hashEvent } from '../../event-store/hash-chain.ts'
import { type EventRow, fromRow } from '../../event-store/sql/event-row.ts'

/** A batch of rows to hash (parallel-verify.ts); the answer lists the rows whose content does not match their hash. */
export interface HashRequest {
  readonly id: number
  readonly rows: readonly EventRow[]
}
export interface HashAnswer {
  readonly id: number
  readonly mismatches: readonly number[]
}

const contentMatches = (row: EventRow): boolean => {
  try {
    return hashEvent(fromRow(row)) === row.hash
  } catch {
    // Stored text that is not JSON cannot match any hash.
    return false
  }
}

parentPort?.on('message', ({ id, rows }: HashRequest) => {
  const mismatches: number[] = []
  rows.forEach((row, index) => {
    if (!contentMatches(row)) mismatches.push(index)
  })
  parentPort?.postMessage({ id, mismatches } satisfies HashAnswer)
})
