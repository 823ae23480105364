import { css, html, LitElement, nothing, type TemplateResult } from 'lit'
import type { MeetingAgenda } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { CaseSelectedEvent } from '../../events/case-selected-event.ts'
import { formatDate, formatPercent } from '../../i18n/language.ts'
import { button } from '../../ui/button.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { badge } from '../../ui/feedback.ts'
import '../../ui/unassigned-table.ts'
import './signal-answer-form.ts'

/**
 * The agenda exactly as the domain orders it: new cases, unassigned regie first of the decisions,
 * then overload, tandem contact, registrations and signals. Prints on paper for the meeting.
 */
export class MeetingAgendaView extends LitElement {
  static override properties = { agenda: { attribute: false }, names: { attribute: false } }
  static override styles = [
    componentStyles,
    css`
      .item {
        align-items: baseline;
        display: flex;
        flex-wrap: wrap;
        gap: var(--utrecht-space-inline-xs, 0.5rem);
      }
      .item .utrecht-button {
        margin-block: 0;
      }
      @media print {
        .utrecht-button {
          display: none;
        }
        section {
          break-inside: avoid;
        }
      }
    `,
  ]

  declare agenda: MeetingAgenda
  declare names: (id: string) => string
  readonly #services = new Services(this)

  constructor() {
    super()
    this.names = (id) => id
  }

  override render() {
    if (!this.agenda) return nothing
    const { t, lang } = this.#services.i18n
    const a = this.agenda
    // Answering a signal is the organisation's duty; the API lets only a coach (or admin) do it.
    const coach = this.#services.session?.role === 'coach'
    const list = (items: readonly TemplateResult[]) =>
      html`<ul class="utrecht-unordered-list">${items.map((i) => html`<li class="utrecht-unordered-list__item">${i}</li>`)}</ul>`
    const section = (key: string, count: number, body: () => unknown) =>
      html`<section aria-labelledby="ag-${key}">
        <h3 class="utrecht-heading-3" id="ag-${key}">${t.agendaSections[key]} (${count})</h3>
        ${count === 0 ? html`<p class="utrecht-paragraph tandem-muted">${t.none}</p>` : body()}
      </section>`
    const waitingRegie = a.unassignedRegie.filter((u) => !a.newCases.some((c) => c.caseId === u.caseId))
    return html`${section('newCases', a.newCases.length, () =>
      list(
        a.newCases.map(
          (c) => html`<span class="item">
            <strong>${c.reference}</strong>
            <span>${t.receivedWaiting(formatDate(lang, c.receivedOn), c.daysWaiting)}</span>
            ${c.intensity ? badge(t.intensity[c.intensity] ?? c.intensity) : nothing}
            ${button({
              label: t.divide,
              ariaLabel: `${t.divide} ${c.reference}`,
              onClick: () => this.dispatchEvent(new CaseSelectedEvent(c.caseId, c.reference)),
            })}
          </span>`,
        ),
      ),
    )}
    ${section(
      'unassignedRegie',
      waitingRegie.length,
      () => html`<tandem-unassigned-table divisible .rows=${waitingRegie}></tandem-unassigned-table>`,
    )}
    ${section('overloaded', a.overloaded.length, () =>
      list(
        a.overloaded.map(
          (m) => html`${m.name}: ${m.ratio === null ? '–' : t.loadOfCapacity(formatPercent(lang, m.ratio))}`,
        ),
      ),
    )}
    ${section('overdueTandems', a.tandemsOverdue.length, () =>
      list(
        a.tandemsOverdue.map(
          (p) =>
            html`${p.reference}: ${p.regisseurName ?? this.names(p.regisseurId)} +
            ${p.practitionerName ?? this.names(p.practitionerId)} — ${t.contactOverdue(p.overdueDays)}`,
        ),
      ),
    )}
    ${section('expiringRegistrations', a.registrations.length, () =>
      list(
        a.registrations.map(
          (r) =>
            html`${r.name} (${r.register}): ${
              r.status === 'lapsed'
                ? t.lapsedSince(formatDate(lang, r.date), r.days)
                : t.validUntilIn(formatDate(lang, r.date), r.days)
            }`,
        ),
      ),
    )}
    ${section('openSignals', a.openSignals.length, () =>
      list(
        a.openSignals.map(
          (
            s,
          ) => html`${s.name ?? this.names(s.professionalId)}, ${formatDate(lang, s.raisedOn)}: ${s.description}
            ${coach ? html`<tandem-signal-answer-form class="tandem-no-print" .signalId=${s.signalId}></tandem-signal-answer-form>` : nothing}`,
        ),
      ),
    )}`
  }
}
customElements.define('tandem-meeting-agenda-view', MeetingAgendaView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-meeting-agenda-view': MeetingAgendaView
  }
}
