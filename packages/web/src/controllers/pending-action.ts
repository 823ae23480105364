import type { ReactiveController, ReactiveControllerHost } from 'lit'

/**
 * One action of the user against the API at a time: `busy` while it runs (its button is disabled
 * meanwhile) and the problem it ended with, for `<tandem-error>`. The host re-renders on both.
 */
export class PendingAction implements ReactiveController {
  busy = false
  problem: unknown = undefined
  readonly #host: ReactiveControllerHost

  constructor(host: ReactiveControllerHost) {
    this.#host = host
    host.addController(this)
  }

  hostConnected(): void {}

  /** Runs `work`, clearing the last problem first; a failure is kept as `problem`, never thrown. */
  async run(work: () => Promise<void>): Promise<void> {
    this.busy = true
    this.problem = undefined
    this.#host.requestUpdate()
    try {
      await work()
    } catch (problem) {
      this.problem = problem
    } finally {
      this.busy = false
      this.#host.requestUpdate()
    }
  }
}
