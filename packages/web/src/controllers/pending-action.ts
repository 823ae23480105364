import type { LitElement, ReactiveController } from 'lit'
import type { Messages } from '../i18n/messages-nl.ts'
import { type FormIssue, formIssues, serverIssues } from '../ui/form-issues.ts'

export interface PendingActionOptions {
  /**
   * Where focus goes after the action succeeds: its result (the saved notice, the preview), so a
   * keyboard or screen-reader user lands on what changed instead of at the top of the page. Give it
   * `tabindex="-1"` and put it before the form's last button: Chromium sends Tab from a `tabindex=-1`
   * element that ends a shadow root back to the root's first field instead of onward.
   */
  readonly result?: () => HTMLElement | null | undefined
  /** where focus goes when it fails, if not to the error summary or the `<tandem-error>` */
  readonly failure?: () => HTMLElement | null | undefined
}

/**
 * The one way a component acts against the API (every form, every button that waits): one action
 * at a time, `busy` while it runs (its button says so and ignores a second press), the form's
 * problems in the user's language — the browser's field checks and the server's refusal — and focus
 * moved to the result on success or to the error summary (`error-summary.ts`) or `<tandem-error>`
 * on failure. The host re-renders on every change.
 */
export class PendingAction implements ReactiveController {
  busy = false
  problem: unknown = undefined
  issues: readonly FormIssue[] = []
  readonly #host: LitElement
  readonly #options: PendingActionOptions

  constructor(host: LitElement, options: PendingActionOptions = {}) {
    this.#host = host
    this.#options = options
    host.addController(this)
  }

  hostConnected(): void {}

  /** The message of the field named `name`, for `field({ error })`. */
  errorFor(name: string): string | undefined {
    return this.issues.find((issue) => issue.name === name)?.message
  }

  /** Forgets the last problem (an input changed, the form was cancelled). */
  clear(): void {
    if (this.problem === undefined && this.issues.length === 0) return
    this.problem = undefined
    this.issues = []
    this.#host.requestUpdate()
  }

  /**
   * Runs `work` unless one is already running; a failure is kept as `problem`, never thrown.
   * Resolves whether it succeeded.
   */
  async run(work: () => Promise<void>, form?: HTMLFormElement): Promise<boolean> {
    if (this.busy) return false
    this.busy = true
    this.problem = undefined
    this.issues = []
    this.#host.requestUpdate()
    let ok = false
    try {
      await work()
      ok = true
    } catch (problem) {
      this.problem = problem
      this.issues = serverIssues(problem, form)
    } finally {
      this.busy = false
      this.#host.requestUpdate()
    }
    await this.#focusAfter(ok)
    return ok
  }

  /**
   * Submits a form (`novalidate`; the submit event's default is prevented): the browser's checks
   * first, in the user's language, then `work` with the form's data.
   */
  async submit(
    event: Event,
    t: Messages,
    work: (data: FormData, form: HTMLFormElement) => Promise<void>,
  ): Promise<boolean> {
    event.preventDefault()
    const form =
      event.currentTarget instanceof HTMLFormElement ? event.currentTarget : (event.target as HTMLFormElement)
    return this.validate(form, t) && this.run(() => work(new FormData(form), form), form)
  }

  /** Checks the form as `submit` does, without sending: for a preview that needs the same fields. */
  validate(form: HTMLFormElement, t: Messages): boolean {
    if (this.busy) return false
    const issues = formIssues(form, t)
    if (issues.length === 0) return true
    this.problem = undefined
    this.issues = issues
    this.#host.requestUpdate()
    void this.#focusAfter(false)
    return false
  }

  async #focusAfter(ok: boolean): Promise<void> {
    await this.#host.updateComplete
    const root = this.#host.renderRoot as ParentNode
    if (ok) {
      this.#options.result?.()?.focus()
      return
    }
    const summary = root.querySelector<HTMLElement>('.tandem-error-summary')
    if (summary) return summary.focus()
    const own = this.#options.failure?.()
    if (own) return own.focus()
    const error = Array.from(root.querySelectorAll('tandem-error')).find((e) => e.problem !== undefined)
    if (!error) return
    await error.updateComplete
    error.focus()
  }
}
