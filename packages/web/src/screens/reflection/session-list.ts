import { css, html, LitElement, nothing } from 'lit'
import type { PlannedSession } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import './cancel-session-form.ts'
import './hold-session-form.ts'

/** The planned sessions (from `/reflection`), each to record as held or to cancel with a reason. */
export class SessionList extends LitElement {
  static override properties = { sessions: { attribute: false } }
  static override styles = [
    sharedStyles,
    css`
      .actions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
        gap: var(--tandem-space-4);
      }
    `,
  ]

  declare sessions: readonly PlannedSession[]
  readonly #services = new Services(this)

  constructor() {
    super()
    this.sessions = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    const planned = this.sessions
    return html`<h2>${t.plannedSessions}</h2>
      ${planned.length === 0 ? html`<p class="muted">${t.noPlannedSessions}</p>` : nothing}
      ${planned.map(
        (s) => html`<section class="card" aria-labelledby="s-${s.sessionId}">
          <h3 id="s-${s.sessionId}">
            ${t.reflectionKinds[s.kind] ?? s.kind}, ${formatDate(lang, s.on)}, ${formatNumber(lang, s.hours)} ${t.hours.toLowerCase()}
          </h3>
          ${s.overdue ? html`<p class="badge warn">${t.sessionOverdue}</p>` : nothing}
          <p>${t.participants}: ${s.participants.map((p) => p.name ?? p.professionalId).join(', ')}</p>
          <div class="actions">
            <tandem-hold-session-form .session=${s}></tandem-hold-session-form>
            <details>
              <summary>${t.cancelSession}</summary>
              <tandem-cancel-session-form .session=${s}></tandem-cancel-session-form>
            </details>
          </div>
        </section>`,
      )}`
  }
}
customElements.define('tandem-session-list', SessionList)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-session-list': SessionList
  }
}
