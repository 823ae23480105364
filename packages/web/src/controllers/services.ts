import { ContextConsumer } from '@lit/context'
import type { ReactiveController, ReactiveElement } from 'lit'
import { ApiClient } from '../api/api-client.ts'
import type { CommandBody, CommandResult, Me } from '../api/types.ts'
import type { PreviewReply } from '../api/types-planning.ts'
import {
  apiContext,
  i18nContext,
  meetingContext,
  sessionContext,
  type ViewState,
  viewContext,
} from '../context/contexts.ts'
import { CommandRecordedEvent } from '../events/command-recorded-event.ts'
import { type I18n, i18nFor } from '../i18n/language.ts'

const fallbackApi = new ApiClient()
const fallbackView: ViewState = { teamId: '', asOf: null, revision: 0 }

/**
 * Gives a component the shell's services through `@lit/context`, subscribed so that a language,
 * team or moment change re-renders it. Falls back to Dutch and a same-origin client when a
 * component is rendered on its own (in a component test).
 */
export class Services implements ReactiveController {
  readonly #api: ContextConsumer<typeof apiContext, ReactiveElement>
  readonly #i18n: ContextConsumer<typeof i18nContext, ReactiveElement>
  readonly #session: ContextConsumer<typeof sessionContext, ReactiveElement>
  readonly #view: ContextConsumer<typeof viewContext, ReactiveElement>
  readonly #meeting: ContextConsumer<typeof meetingContext, ReactiveElement>

  readonly #host: ReactiveElement

  constructor(host: ReactiveElement) {
    this.#host = host
    this.#api = new ContextConsumer(host, { context: apiContext, subscribe: true })
    this.#i18n = new ContextConsumer(host, { context: i18nContext, subscribe: true })
    this.#session = new ContextConsumer(host, { context: sessionContext, subscribe: true })
    this.#view = new ContextConsumer(host, { context: viewContext, subscribe: true })
    this.#meeting = new ContextConsumer(host, { context: meetingContext, subscribe: true })
    host.addController(this)
  }

  hostConnected(): void {}

  get api(): ApiClient {
    return this.#api.value ?? fallbackApi
  }

  get i18n(): I18n {
    return this.#i18n.value ?? i18nFor('nl')
  }

  get t(): I18n['t'] {
    return this.i18n.t
  }

  get session(): Me | null {
    return this.#session.value ?? null
  }

  get view(): ViewState {
    return this.#view.value ?? fallbackView
  }

  /** The open meeting this screen decides in (see `meetingContext`), or undefined outside one. */
  get meetingId(): string | undefined {
    return this.#meeting.value
  }

  /**
   * Sends a command for the current team, in the meeting this screen decides in (opening and
   * closing a meeting name theirs themselves), and tells the shell it was recorded, so every screen
   * refreshes at once. Rejections reach the caller as `ApiProblem`.
   */
  async command(body: CommandBody): Promise<CommandResult> {
    const inMeeting = this.meetingId === undefined ? {} : { meetingId: this.meetingId }
    const result = await this.api.command({ teamId: this.view.teamId, ...inMeeting, ...body })
    this.#host.dispatchEvent(new CommandRecordedEvent(result))
    return result
  }

  /**
   * Asks the domain what this decision would do for the current team, decided exactly as `decide`
   * would record it (in this screen's meeting too); appends nothing.
   */
  preview(commands: readonly CommandBody[]): Promise<PreviewReply> {
    return this.api.post<PreviewReply>('/api/commands/preview', this.#decision(commands))
  }

  /**
   * Records one decision made of several commands (regie with its tandem partner, accepted
   * proposals): `POST /api/decisions` decides them in order and records all or none, so a refused
   * part never leaves the rest recorded. Rejections reach the caller as `ApiProblem` naming the part.
   */
  async decide(bodies: readonly CommandBody[]): Promise<CommandResult> {
    const result = await this.api.post<CommandResult>('/api/decisions', this.#decision(bodies))
    this.#host.dispatchEvent(new CommandRecordedEvent(result))
    return result
  }

  /** The body of a decision (and of its preview) for the current team, in this screen's meeting. */
  #decision(bodies: readonly CommandBody[]) {
    return {
      commands: bodies.map((body) => ({ teamId: this.view.teamId, ...body })),
      ...(this.meetingId === undefined ? {} : { meetingId: this.meetingId }),
    }
  }

  /** Writes are refused while looking at the past: the log is append-only, history is read-only. */
  get readOnly(): boolean {
    return this.view.asOf !== null || this.session?.role === 'auditor'
  }
}
