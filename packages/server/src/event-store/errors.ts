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

/**
 * What kept the database from answering, as the operator would name it:
 * - `unreachable`: no connection could be made, or it broke (server down, restarting, network cut).
 * - `not-responding`: connected, but no answer within the client's timeout (a frozen server).
 * - `timeout`: the server cancelled a statement that ran past its timeout, or waited too long for a lock.
 * - `busy`: another process held SQLite's write lock past the busy timeout.
 * - `overloaded`: the server refused for lack of connections or memory.
 * - `disk-full`: the disk (or the database's size limit) is full; reads still work, writes cannot.
 * - `read-only`: the database accepts no writes (file permissions, a standby after failover).
 * - `io-error`: the disk reported an error reading or writing.
 */
export type DatabaseCondition =
  | 'unreachable'
  | 'not-responding'
  | 'timeout'
  | 'busy'
  | 'overloaded'
  | 'disk-full'
  | 'read-only'
  | 'io-error'

/**
 * The database could not do what was asked, for a reason outside the request: nothing was decided
 * about it. A write that fails so may or may not have committed (a connection lost during COMMIT
 * cannot tell), so it was not acknowledged; retrying with the same command id is safe. `code` is the
 * driver's own (`ECONNREFUSED`, `57P01`, `SQLITE_FULL`, …) for log lines; `retryAfterMs` is how long a
 * caller should wait before trying again.
 */
export class DatabaseUnavailable extends Data.TaggedError('DatabaseUnavailable')<{
  readonly condition: DatabaseCondition
  readonly code: string
  readonly retryAfterMs: number
}> {
  override get message(): string {
    return `database ${this.condition} (${this.code})`
  }
}

/** The `DatabaseUnavailable` an error is, or was caused by; undefined for any other error. */
export const databaseUnavailableIn = (error: unknown): DatabaseUnavailable | undefined => {
  for (let current = error, depth = 0; current !== undefined && depth < 5; depth++) {
    if (current instanceof DatabaseUnavailable) return current
    current = current instanceof Error ? current.cause : undefined
  }
  return undefined
}

/** Why a SQLite file cannot serve as the database, as found when opening it. */
export type DatabaseFileProblem = 'read-only' | 'unreadable' | 'not-a-database'

const FILE_FIXES: Readonly<Record<DatabaseFileProblem, string>> = {
  'read-only':
    'the file or its folder is read-only. Make both writable for the user that runs Tandem, or set DATABASE_URL to a file in a writable folder.',
  unreadable:
    'it cannot be opened (no read permission, or its folder cannot be entered or created). Give the user that runs Tandem read and write access to the file and its folder, or set DATABASE_URL to another file.',
  'not-a-database':
    'it is not a SQLite database, or it is damaged. Restore it from a backup, or set DATABASE_URL to another file.',
}

/**
 * The SQLite file named in DATABASE_URL cannot be used, found at start. Its message is the one line
 * an operator needs: the file, what is wrong, the driver's code and the fix.
 */
export class DatabaseFileUnusable extends Data.TaggedError('DatabaseFileUnusable')<{
  readonly file: string
  readonly problem: DatabaseFileProblem
  readonly code: string
}> {
  override get message(): string {
    return `Tandem cannot use its database file ${this.file} (${this.code}): ${FILE_FIXES[this.problem]}`
  }
}
