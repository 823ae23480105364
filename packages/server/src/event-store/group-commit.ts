/** What one job of a batch came to: its own result, or its own error. */
export type Outcome<Result> =
  | { readonly ok: true; readonly value: Result }
  | { readonly ok: false; readonly error: unknown }

/**
 * Writes a whole batch in one transaction and returns one outcome per job, in job order. It resolves
 * only after the transaction committed (or, when no job succeeded, after it ended); it throws when
 * the transaction as a whole failed, and then none of its jobs was stored.
 */
export type BatchWriter<Job, Result> = (jobs: readonly Job[]) => Promise<readonly Outcome<Result>[]>

interface Waiting<Job, Result> {
  readonly job: Job
  readonly resolve: (result: Result) => void
  readonly reject: (error: unknown) => void
}

/**
 * Group commit: jobs that arrive while a batch is being written wait in a queue, and the next batch
 * takes all of them at once, so N concurrent appends cost one transaction and one fsync instead of
 * N. One batch is written at a time, in queue order, so the order of jobs is the order they were
 * submitted in.
 *
 * A batch starts one event-loop turn (`setImmediate`) after its first job, and the next one a turn
 * after the previous batch settled: better-sqlite3 blocks the loop while it writes, so requests that
 * arrived meanwhile are still unread sockets; the turn lets them reach the queue and join the batch.
 * No timer: an idle store adds no delay beyond that one turn.
 *
 * Each caller's promise settles with its own outcome, after the writer returned (that is, after
 * COMMIT): a job is never acknowledged before it is durable. When the writer throws, every job of
 * that batch is rejected with the error (none was stored) and the queue carries on.
 */
export class GroupCommit<Job, Result> {
  readonly #write: BatchWriter<Job, Result>
  #queue: Waiting<Job, Result>[] = []
  /** The drain in progress, if any; settles once the queue is empty. */
  #draining: Promise<void> | undefined

  constructor(write: BatchWriter<Job, Result>) {
    this.#write = write
  }

  submit(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.#queue.push({ job, resolve, reject })
      this.#draining ??= this.#drain()
    })
  }

  /** Resolves once every job submitted so far has been written (or failed): for a clean close. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining
  }

  async #drain(): Promise<void> {
    do {
      await new Promise((resolve) => setImmediate(resolve))
      const batch = this.#queue
      this.#queue = []
      await this.#settle(batch)
    } while (this.#queue.length > 0)
    this.#draining = undefined
  }

  async #settle(batch: readonly Waiting<Job, Result>[]): Promise<void> {
    let outcomes: readonly Outcome<Result>[]
    try {
      outcomes = await this.#write(batch.map((waiting) => waiting.job))
    } catch (error) {
      for (const waiting of batch) waiting.reject(error)
      return
    }
    batch.forEach((waiting, index) => {
      const outcome = outcomes[index]
      if (outcome?.ok) waiting.resolve(outcome.value)
      else waiting.reject(outcome ? outcome.error : new Error('the batch writer returned no outcome'))
    })
  }
}
