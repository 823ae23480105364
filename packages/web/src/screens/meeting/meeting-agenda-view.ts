import { css, html, LitElement, nothing } from 'lit'
import type { MeetingAgenda } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { CaseSelectedEvent } from '../../events/case-selected-event.ts'
import { formatDate, formatPercent } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import '../../ui/unassigned-table.ts'
import './signal-answer-form.ts'

/**
 * The agenda exactly as the domain orders it: new cases, unassigned regie first of the decisions,
 * then overload, tandem contact, registrations and signals. Prints on paper for the meeting.
 */
export class MeetingAgendaView extends LitElement {
  static override properties = { agenda: { attribute: false }, names: { attribute: false } }
  static override styles = [
    sharedStyles,
    css`
      ul {
        padding-left: var(--tandem-space-5);
      }
      li {
        margin-bottom: var(--tandem-space-1);
      }
      @media print {
        button,
        .no-print {
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
    const section = (key: string, count: number, body: unknown) =>
      html`<section aria-labelledby="ag-${key}">
        <h3 id="ag-${key}">${t.agendaSections[key]} (${count})</h3>
        ${count === 0 ? html`<p class="muted">${t.none}</p>` : body}
      </section>`
    return html`${section(
      'newCases',
      a.newCases.length,
      html`<ul>
        ${a.newCases.map(
          (c) => html`<li>
            <strong>${c.reference}</strong> — ${formatDate(lang, c.receivedOn)}, ${c.daysWaiting} ${t.daysWaiting.toLowerCase()}
            ${c.intensity ? html`<span class="badge">${t.intensity[c.intensity]}</span>` : nothing}
            <button
              class="secondary"
              aria-label="${t.divide} ${c.reference}"
              @click=${() => this.dispatchEvent(new CaseSelectedEvent(c.caseId, c.reference))}
            >
              ${t.divide}
            </button>
          </li>`,
        )}
      </ul>`,
    )}
    ${section('unassignedRegie', a.unassignedRegie.filter((u) => !a.newCases.some((c) => c.caseId === u.caseId)).length, html`<tandem-unassigned-table divisible .rows=${a.unassignedRegie.filter((u) => !a.newCases.some((c) => c.caseId === u.caseId))}></tandem-unassigned-table>`)}
    ${section(
      'overloaded',
      a.overloaded.length,
      html`<ul>
        ${a.overloaded.map((m) => html`<li>${m.name}: ${m.ratio === null ? '–' : formatPercent(lang, m.ratio)}</li>`)}
      </ul>`,
    )}
    ${section(
      'overdueTandems',
      a.tandemsOverdue.length,
      html`<ul>
        ${a.tandemsOverdue.map(
          (p) =>
            html`<li>${p.reference}: ${p.regisseurName ?? this.names(p.regisseurId)} + ${p.practitionerName ?? this.names(p.practitionerId)} — ${p.overdueDays} ${t.health.overdue}</li>`,
        )}
      </ul>`,
    )}
    ${section(
      'expiringRegistrations',
      a.registrations.length,
      html`<ul>
        ${a.registrations.map(
          (r) =>
            html`<li>${r.name} (${r.register}): ${r.status === 'lapsed' ? t.lapsed : t.validUntil} ${formatDate(lang, r.date)}</li>`,
        )}
      </ul>`,
    )}
    ${section(
      'openSignals',
      a.openSignals.length,
      html`<ul>
        ${a.openSignals.map(
          (s) => html`<li>
            ${s.name ?? this.names(s.professionalId)}, ${formatDate(lang, s.raisedOn)}: ${s.description}
            ${coach ? html`<tandem-signal-answer-form class="no-print" .signalId=${s.signalId}></tandem-signal-answer-form>` : nothing}
          </li>`,
        )}
      </ul>`,
    )}`
  }
}
customElements.define('tandem-meeting-agenda-view', MeetingAgendaView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-meeting-agenda-view': MeetingAgendaView
  }
}
