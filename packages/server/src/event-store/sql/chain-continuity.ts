import type { LogHead } from '../append-steps.ts'
import type { VerifyProblem } from '../event-store.ts'
import type { EventRow } from './event-row.ts'

/** A batch that does not continue the log it is written to; nothing of it was stored. */
export class ChainBroken extends Error {
  readonly position: number
  readonly problem: VerifyProblem

  constructor(position: number, problem: VerifyProblem, detail: string) {
    super(`position ${position}: ${detail}`)
    this.name = 'ChainBroken'
    this.position = position
    this.problem = problem
  }
}

/**
 * Checks that `rows` continue the log at `head` — the next positions, each stream's next versions,
 * each previous hash the hash before it — and returns the head after them. `versions` (each stream's
 * stored version) is updated as it goes.
 */
export const checkContinues = (rows: readonly EventRow[], head: LogHead, versions: Map<string, number>) => {
  let position = head.position
  let previousHash = head.hash
  for (const row of rows) {
    position++
    if (row.position !== position)
      throw new ChainBroken(position, 'position-gap', `expected position ${position}, found ${row.position}`)
    if (row.previous_hash !== previousHash)
      throw new ChainBroken(
        position,
        'previous-hash-mismatch',
        'its previous hash is not the hash of the event before it',
      )
    const version = (versions.get(row.stream_id) ?? 0) + 1
    if (row.stream_version !== version)
      throw new ChainBroken(
        position,
        'stream-version-gap',
        `stream ${row.stream_id}: expected version ${version}, found ${row.stream_version}`,
      )
    versions.set(row.stream_id, version)
    previousHash = row.hash
  }
  return { position, hash: previousHash }
}
