import { Task } from '@lit/task'
import { html, LitElement, nothing } from 'lit'
import type { AuditEvent } from '../../api/types.ts'
import { PendingAction } from '../../controllers/pending-action.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate } from '../../i18n/language.ts'
import { actorLabel } from '../../ui/actor-label.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { table } from '../../ui/table.ts'
import '../../ui/tandem-error.ts'

const pageSize = 25

/** The timeline as the server pages it: newest first; `page.next` is the `from` of the older page. */
interface TimelineReply {
  readonly data: readonly AuditEvent[]
  readonly page?: { readonly next: number | null }
}

/** The reasoning an event carries, wherever its schema put it (assessment, exemption, reason). */
const reasoningOf = (data: Readonly<Record<string, unknown>> | undefined): string => {
  if (!data) return ''
  const exemption = data.exemption as { reasoning?: string } | undefined
  return String(
    data.reasoning ?? exemption?.reasoning ?? data.reason ?? data.explanation ?? data.answer ?? '',
  )
}

/**
 * The team's events, newest first (`GET /api/teams/:teamId/timeline?from=&limit=&asOf=`), with who
 * did it in which role and the reasoning they recorded; older pages load on request.
 */
export class AuditTimeline extends LitElement {
  static override properties = { _older: { state: true }, _next: { state: true } }
  static override styles = [componentStyles]

  declare _older: readonly AuditEvent[]
  /** where the next older page starts, or null at the team's first event */
  declare _next: number | null
  readonly #services = new Services(this)
  /** loading an older page: busy on its button, its failure shown under the table */
  readonly #older = new PendingAction(this)
  readonly #first = new Task(this, {
    task: async ([teamId, asOf], { signal }) => {
      this._older = []
      const reply = await this.#services.api.get<TimelineReply>(
        this.#path(teamId),
        { limit: pageSize, asOf },
        signal,
      )
      this._next = reply.page?.next ?? null
      return reply.data
    },
    args: () =>
      [
        this.#services.view.teamId,
        this.#services.view.asOf ?? undefined,
        this.#services.view.revision,
      ] as const,
  })

  constructor() {
    super()
    this._older = []
    this._next = null
  }

  #path(teamId: string): string {
    return `/api/teams/${encodeURIComponent(teamId)}/timeline`
  }

  override render() {
    const { t, lang } = this.#services.i18n
    const events = [...(this.#first.value ?? []), ...this._older]
    return html`<h2 class="utrecht-heading-2">${t.timeline}</h2>
      ${this.#first.error ? html`<tandem-error .problem=${this.#first.error}></tandem-error>` : nothing}
      ${table<AuditEvent>({
        label: t.timeline,
        rows: events,
        columns: [
          { label: t.eventNumber, num: true, cell: (e) => e.position },
          {
            label: t.when,
            cell: (e) => (e.metadata?.occurredAt ? formatDate(lang, e.metadata.occurredAt) : ''),
          },
          { label: t.event, cell: (e) => t.eventTypes[e.type] ?? e.type },
          {
            label: t.actor,
            cell: (e) =>
              `${e.metadata?.actor ? actorLabel(t, e.metadata.actor, e.metadata.actorName) : ''} ${e.metadata?.role ? `(${t.roles[e.metadata.role] ?? e.metadata.role})` : ''}`,
          },
          { label: t.reasoning, cell: (e) => reasoningOf(e.data) },
        ],
      })}
      <tandem-error .problem=${this.#older.problem}></tandem-error>
      ${
        this._next === null
          ? nothing
          : button({
              label: t.olderEvents,
              busy: this.#older.busy,
              onClick: () => void this.#more(this._next!),
            })
      }`
  }

  async #more(from: number): Promise<void> {
    await this.#older.run(async () => {
      const { teamId, asOf } = this.#services.view
      const reply = await this.#services.api.get<TimelineReply>(this.#path(teamId), {
        from,
        limit: pageSize,
        asOf: asOf ?? undefined,
      })
      this._older = [...this._older, ...reply.data]
      this._next = reply.page?.next ?? null
    })
  }
}
customElements.define('tandem-audit-timeline', AuditTimeline)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-audit-timeline': AuditTimeline
  }
}
