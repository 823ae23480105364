/**
 * The event store: one append-only log of every fact, read back in one global order.
 *
 * Numbering, everywhere in the store:
 * - `position` is the event's place in the whole log: 1, 2, 3, … without gaps, in commit order.
 *   `head()` is the last position, 0 for an empty log. Positions are JavaScript numbers, exact up to
 *   2^53 − 1 (Number.MAX_SAFE_INTEGER); a log that ever came near would need bigint positions.
 * - `streamVersion` is the event's place in its stream: 1, 2, 3, … A stream's version is the
 *   version of its last event, which is also its number of events (0 when it has none).
 */

/**
 * What the appender believes about the stream: its current version (the number of events it has),
 * `'no-stream'` (it has none; the same as 0), or `'any'` (no check).
 */
export type ExpectedVersion = number | 'no-stream' | 'any'

/**
 * Who recorded an event, in which capacity, and why
 * (docs/architecture.md#the-event-envelope-and-the-hash-chain).
 */
export interface EventMetadata {
  readonly actor: string
  readonly role: string
  /** When it happened in the world, as an ISO-8601 instant; set by the caller (the domain has no clock). */
  readonly occurredAt: string
  readonly commandId?: string
  readonly correlationId?: string
  readonly causationId?: string
  readonly meetingId?: string
}

/** An event as the caller hands it to `append`. `data` must survive JSON (it is stored as JSON). */
export interface NewEvent {
  readonly type: string
  readonly schemaVersion: number
  readonly data: unknown
  readonly metadata: EventMetadata
}

/** An event as stored: `data` and `metadata` are what JSON.parse gives back from the stored text. */
export interface StoredEvent extends NewEvent {
  readonly position: number
  readonly streamId: string
  readonly streamVersion: number
  /** When the store committed it, as an ISO-8601 instant. */
  readonly recordedAt: string
  /** The hash of the event at `position − 1`, or 64 zeros for the first event (see hash-chain.ts). */
  readonly previousHash: string
  readonly hash: string
}

export interface AppendResult {
  readonly events: readonly StoredEvent[]
  readonly lastPosition: number
  /** The stream's version after the append (the version of its last appended event). */
  readonly streamVersion: number
  /** True when the command id had already been appended: nothing new was stored, and this is the original result. */
  readonly duplicate: boolean
}

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion
  /** Makes the append idempotent: a second append with the same id stores nothing and returns the first result. */
  readonly commandId?: string
}

export interface ReadAllOptions {
  /** First position to read (inclusive); default 1. */
  readonly from?: number
  /** Last position to read (inclusive); default: read until the end of the log. */
  readonly to?: number
  /** Events per batch; default 1000. */
  readonly batchSize?: number
}

export interface ReadStreamOptions {
  /** Only events with a greater stream version; default 0 (the whole stream). */
  readonly afterVersion?: number
}

/** The outcome of `verify()`: either the whole log checks out, or the first event that does not. */
export type VerifyReport =
  | { readonly ok: true; readonly eventsChecked: number; readonly head: number; readonly headHash: string }
  | {
      readonly ok: false
      readonly eventsChecked: number
      /** The first position whose content, order or chain does not match. */
      readonly position: number
      readonly problem: VerifyProblem
      readonly detail: string
    }

export type VerifyProblem =
  | 'position-gap'
  | 'stream-version-gap'
  | 'previous-hash-mismatch'
  | 'hash-mismatch'
  | 'head-mismatch'

export interface EventStore {
  /**
   * Appends events to one stream in one transaction, all or nothing. Fails with `EmptyAppend`,
   * `StreamVersionConflict` or `CommandIdReused` (errors.ts). Resolves only once the events are durable.
   * Concurrent appends may share one transaction (group commit), but each is checked, and fails or
   * succeeds, on its own, as if it had been appended alone in the order the store received them.
   */
  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>
  /**
   * The result of the append stored under `commandId`, as `append` returned it but with
   * `duplicate: true`; undefined when no committed append used that id. Lets a command handler
   * answer a retry (perhaps sent to another server instance) with its original reply before deciding
   * again, which would often reject it (its case now exists).
   */
  findCommand(commandId: string): Promise<AppendResult | undefined>
  /**
   * The stream's events in version order, those after `afterVersion` only when given (so a reader
   * that holds the stream up to a version reads just what was appended since: nothing, most often).
   * Empty when the stream does not exist.
   */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly StoredEvent[]>
  /** The log in position order, in batches; a reader that has seen position N never later finds one below N. */
  readAll(options?: ReadAllOptions): AsyncIterable<readonly StoredEvent[]>
  /** The last position in the log, 0 when empty. */
  head(): Promise<number>
  /**
   * Calls `listener` with the current head soon after subscribing, then with the new head whenever
   * events are appended, by this store or by another process on the same database (within about a
   * second). Each listener sees heads only increase; one call may cover several appends. Returns the
   * unsubscribe function.
   */
  onAppended(listener: (head: number) => void): () => void
  /** Walks the whole log and reports the first event whose content, order or chain does not match. */
  verify(): Promise<VerifyReport>
  close(): Promise<void>
}
