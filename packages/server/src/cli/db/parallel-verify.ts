import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { VerifyReport } from '../../event-store/event-store.ts'
import type { EventRow } from '../../event-store/sql/event-row.ts'
import { readHead } from '../../event-store/sql/read-head.ts'
import { type ChainLink, verifyChain } from '../../event-store/verify-log.ts'
import type { DatabaseTarget } from './database-target.ts'
import type { HashAnswer, HashRequest } from './hash-worker.ts'
import { connect, storeTables } from './open-database.ts'

const BATCH = 2000
/** Batches hashing at once: enough to keep every worker busy while the next rows are read. */
const IN_FLIGHT_PER_WORKER = 3

/**
 * The worker is TypeScript, like the db commands, which run through tsx. Node 20 does not apply the
 * parent's `--import tsx` to worker threads, so the worker registers tsx itself, then loads the module.
 */
const WORKER_SOURCE = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.resolve('./hash-worker.ts'))}) })`

/** Worker threads that hash batches of rows (hash-worker.ts), answering in any order. */
class HashPool {
  readonly #workers: Worker[]
  readonly #waiting = new Map<
    number,
    { readonly resolve: (mismatches: readonly number[]) => void; readonly reject: (error: unknown) => void }
  >()
  #next = 0

  constructor(size: number) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_SOURCE, { eval: true })
      worker.on('message', ({ id, mismatches }: HashAnswer) => {
        this.#waiting.get(id)?.resolve(mismatches)
        this.#waiting.delete(id)
      })
      // A worker that dies fails every batch still waiting, rather than leaving the verify hanging.
      worker.on('error', (error) => {
        for (const waiting of this.#waiting.values()) waiting.reject(error)
        this.#waiting.clear()
      })
      return worker
    })
  }

  get size(): number {
    return this.#workers.length
  }

  mismatches(rows: readonly EventRow[]): Promise<readonly number[]> {
    const id = this.#next++
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      this.#workers[id % this.#workers.length]!.postMessage({ id, rows } satisfies HashRequest)
    })
  }

  close(): Promise<unknown> {
    return Promise.all(this.#workers.map((worker) => worker.terminate()))
  }
}

const toLinks = (rows: readonly EventRow[], mismatches: readonly number[]): ChainLink[] => {
  const bad = new Set(mismatches)
  return rows.map((row, index) => ({
    position: row.position,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    previousHash: row.previous_hash,
    hash: row.hash,
    contentMatches: !bad.has(index),
  }))
}

/** The log's rows in position order as chain links, hashed on the pool while the next rows are read. */
async function* links(batches: AsyncIterable<EventRow[]>, pool: HashPool) {
  const rows = batches[Symbol.asyncIterator]()
  const hashing: Promise<ChainLink[]>[] = []
  let exhausted = false
  try {
    for (;;) {
      while (!exhausted && hashing.length < pool.size * IN_FLIGHT_PER_WORKER) {
        const next = await rows.next()
        if (next.done) exhausted = true
        else hashing.push(pool.mismatches(next.value).then((mismatches) => toLinks(next.value, mismatches)))
      }
      const batch = hashing.shift()
      if (!batch) return
      yield await batch
    }
  } finally {
    // verifyChain stops at the first failure; the reader is told, so it can end its query.
    if (!exhausted) await rows.return?.()
  }
}

/**
 * The store's verify (verifyChain, the same checks and the same report) over a whole database, with
 * every event's hash recomputed on worker threads, one per core, while this thread reads the rows and
 * walks the chain. On two cores that about halves the time of a restore's or a copy's verify, which
 * recompute a million hashes.
 */
export const verifyInParallel = async (target: DatabaseTarget): Promise<VerifyReport> => {
  const opened = connect(target)
  const pool = new HashPool(Math.max(1, availableParallelism()))
  try {
    const head = await readHead(storeTables(opened.db), false)
    return await verifyChain(links(opened.readRows(1, head.position, BATCH), pool), head)
  } finally {
    await pool.close()
    await opened.close()
  }
}
