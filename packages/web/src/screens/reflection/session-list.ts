import { css, html, LitElement, nothing } from 'lit'
import type { PlannedSession } from '../../api/types-planning.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { alert } from '../../ui/feedback.ts'
import './cancel-session-form.ts'
import './hold-session-form.ts'

/** The planned sessions (from `/reflection`), each to record as held or to cancel with a reason. */
export class SessionList extends LitElement {
  static override properties = { sessions: { attribute: false } }
  static override styles = [
    componentStyles,
    css`
      .actions {
        display: grid;
        gap: var(--utrecht-space-inline-md, 1rem);
        grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr));
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
    return html`<h2 class="utrecht-heading-2">${t.plannedSessions}</h2>
      ${planned.length === 0 ? html`<p class="utrecht-paragraph tandem-muted">${t.noPlannedSessions}</p>` : nothing}
      ${planned.map(
        (s) => html`<section class="tandem-card" aria-labelledby="s-${s.sessionId}">
          <h3 class="utrecht-heading-3" id="s-${s.sessionId}">
            ${t.reflectionKinds[s.kind] ?? s.kind}, ${formatDate(lang, s.on)}, ${t.hoursOf(formatNumber(lang, s.hours), s.hours)}
          </h3>
          ${s.overdue ? alert('warning', t.sessionOverdue) : nothing}
          <p class="utrecht-paragraph">${t.participants}: ${s.participants.map((p) => p.name ?? p.professionalId).join(', ')}</p>
          <div class="actions">
            <tandem-hold-session-form .session=${s}></tandem-hold-session-form>
            <details class="tandem-disclosure">
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
