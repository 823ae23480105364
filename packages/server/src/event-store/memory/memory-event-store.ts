import { chainEvents, checkExpectedVersion, encodeEvents, type LogHead, resultOf } from '../append-steps.ts'
import { CommandIdReused } from '../errors.ts'
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
} from '../event-store.ts'
import { GENESIS_HASH } from '../hash-chain.ts'
import { HeadListeners } from '../head-listeners.ts'
import { verifyLog } from '../verify-log.ts'

/**
 * An event store in one array, for unit tests only: nothing survives the process. It follows the same
 * contract as the SQL stores (contract/), and JavaScript's single thread stands in for their lock.
 */
export class MemoryEventStore implements EventStore {
  /** The rows, open to the contract suite so that it can tamper with them. */
  readonly events: StoredEvent[] = []
  readonly #commands = new Map<
    string,
    { readonly streamId: string; readonly events: readonly StoredEvent[] }
  >()
  readonly #streamVersions = new Map<string, number>()
  readonly #listeners = new HeadListeners(() => this.head())
  #head: LogHead = { position: 0, hash: GENESIS_HASH }

  async append(
    streamId: string,
    newEvents: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const encoded = encodeEvents(streamId, newEvents)
    const { commandId } = options
    const earlier = commandId === undefined ? undefined : this.#commands.get(commandId)
    if (earlier) {
      if (earlier.streamId !== streamId)
        throw new CommandIdReused({ commandId: commandId!, streamId, originalStreamId: earlier.streamId })
      return resultOf(earlier.events, true)
    }
    const streamVersion = this.#streamVersions.get(streamId) ?? 0
    checkExpectedVersion(streamId, options.expectedVersion, streamVersion)
    const recordedAt = new Date().toISOString()
    const stored = chainEvents(encoded, { streamId, streamVersion, head: this.#head, recordedAt })
    this.events.push(...stored)
    const last = stored.at(-1)!
    this.#head = { position: last.position, hash: last.hash }
    this.#streamVersions.set(streamId, last.streamVersion)
    if (commandId !== undefined) this.#commands.set(commandId, { streamId, events: stored })
    this.#listeners.emit(last.position)
    return resultOf(stored, false)
  }

  async findCommand(commandId: string): Promise<AppendResult | undefined> {
    const command = this.#commands.get(commandId)
    return command && resultOf(command.events, true)
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly StoredEvent[]> {
    const after = options.afterVersion ?? 0
    return this.events.filter((event) => event.streamId === streamId && event.streamVersion > after)
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<readonly StoredEvent[]> {
    const { from = 1, to = Number.MAX_SAFE_INTEGER, batchSize = 1000 } = options
    const selected = this.events.filter((event) => event.position >= from && event.position <= to)
    for (let start = 0; start < selected.length; start += batchSize)
      yield selected.slice(start, start + batchSize)
  }

  async head(): Promise<number> {
    return this.#head.position
  }

  onAppended(listener: (head: number) => void): () => void {
    return this.#listeners.add(listener)
  }

  verify() {
    return verifyLog(this.readAll({ to: this.#head.position }), this.#head)
  }

  async close(): Promise<void> {
    this.#listeners.close()
  }
}
