import { Data } from 'effect'
import type { ExpectedVersion } from './event-store.ts'

/** The stream moved on since the caller read it: nothing was appended; re-read, decide again, retry. */
export class StreamVersionConflict extends Data.TaggedError('StreamVersionConflict')<{
  readonly streamId: string
  readonly expected: ExpectedVersion
  readonly actual: number
}> {
  override get message(): string {
    return `stream ${this.streamId} is at version ${this.actual}, expected ${this.expected}`
  }
}

/** An append with no events: always a bug in the caller, so it is refused rather than ignored. */
export class EmptyAppend extends Data.TaggedError('EmptyAppend')<{ readonly streamId: string }> {
  override get message(): string {
    return `nothing to append to stream ${this.streamId}`
  }
}

/**
 * The command id was already used for another stream. Returning the earlier result would tell the
 * caller its events were stored when they were not, so this is an error, not a duplicate.
 */
export class CommandIdReused extends Data.TaggedError('CommandIdReused')<{
  readonly commandId: string
  readonly streamId: string
  readonly originalStreamId: string
}> {
  override get message(): string {
    return `command ${this.commandId} was appended to stream ${this.originalStreamId}, not ${this.streamId}`
  }
}
