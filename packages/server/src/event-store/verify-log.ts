import type { LogHead } from './append-steps.ts'
import type { StoredEvent, VerifyProblem, VerifyReport } from './event-store.ts'
import { GENESIS_HASH, hashEvent } from './hash-chain.ts'

/** What the chain check needs of one event: its place, its links, and whether its content matches its hash. */
export interface ChainLink {
  readonly position: number
  readonly streamId: string
  readonly streamVersion: number
  readonly previousHash: string
  readonly hash: string
  /** hashEvent(event) === event.hash, computed by whoever read the event (perhaps on another thread) */
  readonly contentMatches: boolean
}

/**
 * Checks a log read in position order against its recorded head: positions 1, 2, 3, … without gaps;
 * each stream's versions 1, 2, 3, …; each event's previous hash is the hash before it; each hash
 * matches the event's content; and the walk ends exactly at the recorded head (so a removed last
 * event is caught too). Stops at the first event that fails, and names its position.
 */
export const verifyLog = (
  batches: AsyncIterable<readonly StoredEvent[]>,
  recordedHead: LogHead,
): Promise<VerifyReport> => verifyChain(withContentChecked(batches), recordedHead)

async function* withContentChecked(batches: AsyncIterable<readonly StoredEvent[]>) {
  for await (const batch of batches)
    yield batch.map(
      (event): ChainLink => ({
        position: event.position,
        streamId: event.streamId,
        streamVersion: event.streamVersion,
        previousHash: event.previousHash,
        hash: event.hash,
        contentMatches: hashEvent(event) === event.hash,
      }),
    )
}

/**
 * verifyLog's checks over links whose content hashes were already compared, so that the hashing,
 * the costly part, can run elsewhere (the db commands hash on worker threads) while this one walk
 * decides, in position order, what the report says.
 */
export const verifyChain = async (
  batches: AsyncIterable<readonly ChainLink[]>,
  recordedHead: LogHead,
): Promise<VerifyReport> => {
  const streamVersions = new Map<string, number>()
  let expectedPosition = 1
  let previousHash = GENESIS_HASH
  const failure = (position: number, problem: VerifyProblem, detail: string): VerifyReport => ({
    ok: false,
    eventsChecked: expectedPosition - 1,
    position,
    problem,
    detail,
  })
  for await (const batch of batches) {
    for (const event of batch) {
      const { position } = event
      if (position !== expectedPosition)
        return failure(
          expectedPosition,
          'position-gap',
          `expected position ${expectedPosition}, found ${position}`,
        )
      const streamVersion = streamVersions.get(event.streamId) ?? 0
      if (event.streamVersion !== streamVersion + 1)
        return failure(
          position,
          'stream-version-gap',
          `stream ${event.streamId}: expected version ${streamVersion + 1}, found ${event.streamVersion}`,
        )
      if (event.previousHash !== previousHash)
        return failure(
          position,
          'previous-hash-mismatch',
          `previous hash is not the hash of position ${position - 1}`,
        )
      if (!event.contentMatches)
        return failure(position, 'hash-mismatch', 'the stored hash does not match the event content')
      streamVersions.set(event.streamId, event.streamVersion)
      previousHash = event.hash
      expectedPosition++
    }
  }
  const lastPosition = expectedPosition - 1
  if (lastPosition !== recordedHead.position || previousHash !== recordedHead.hash)
    return failure(
      Math.min(expectedPosition, recordedHead.position),
      'head-mismatch',
      `the log ends at position ${lastPosition}, but its recorded head is position ${recordedHead.position}`,
    )
  return { ok: true, eventsChecked: lastPosition, head: lastPosition, headHash: previousHash }
}
