/**
 * Starts watching for other writers: calls `emit` with the head whenever it may have moved, and
 * returns the function that stops watching.
 */
export type HeadWatcher = (emit: (head: number) => void) => () => void

interface Subscription {
  readonly listener: (head: number) => void
  delivered: number
}

/**
 * The `onAppended` listeners of one store. Local appends report their head directly; `watch` reports
 * other processes' appends, and runs only while someone listens, so an idle store polls nothing and
 * holds no extra connection. Each listener first gets the current head (so nothing appended between
 * its last read and subscribing goes unheard), then each head greater than the last it got.
 */
export class HeadListeners {
  readonly #subscriptions = new Set<Subscription>()
  readonly #readHead: () => Promise<number>
  readonly #watch: HeadWatcher | undefined
  #stopWatching: (() => void) | undefined

  constructor(readHead: () => Promise<number>, watch?: HeadWatcher) {
    this.#readHead = readHead
    this.#watch = watch
  }

  add(listener: (head: number) => void): () => void {
    const subscription: Subscription = { listener, delivered: -1 }
    this.#subscriptions.add(subscription)
    if (this.#subscriptions.size === 1 && this.#watch)
      this.#stopWatching = this.#watch((head) => this.emit(head))
    // A store closed meanwhile has no head to tell; the listener is gone with it.
    this.#readHead().then(
      (head) => this.#deliver(subscription, head),
      () => undefined,
    )
    return () => {
      if (!this.#subscriptions.delete(subscription) || this.#subscriptions.size > 0) return
      this.#stopWatching?.()
      this.#stopWatching = undefined
    }
  }

  emit(head: number): void {
    for (const subscription of this.#subscriptions) this.#deliver(subscription, head)
  }

  close(): void {
    this.#subscriptions.clear()
    this.#stopWatching?.()
    this.#stopWatching = undefined
  }

  #deliver(subscription: Subscription, head: number): void {
    if (!this.#subscriptions.has(subscription) || head <= subscription.delivered) return
    subscription.delivered = head
    // Listeners run outside the append that told them, so a failing listener cannot fail the append.
    queueMicrotask(() => subscription.listener(head))
  }
}

/** Watches by reading the head every `intervalMs`: for databases that cannot push (SQLite). */
export const pollHead =
  (readHead: () => Promise<number>, intervalMs = 250): HeadWatcher =>
  (emit) => {
    const timer = setInterval(() => {
      // A failed read (the store is closing) is simply retried on the next tick.
      readHead().then(emit, () => undefined)
    }, intervalMs)
    timer.unref()
    return () => clearInterval(timer)
  }
