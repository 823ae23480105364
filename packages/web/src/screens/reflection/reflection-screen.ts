import { html, LitElement, nothing } from 'lit'
import type { ReflectionPeriod, ReflectionSession } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatDate, formatNumber } from '../../i18n/language.ts'
import { nameMap, renderLoaded } from '../../ui/render-loaded.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'
import './hold-session-form.ts'
import './plan-session-form.ts'
import './reflection-table.ts'

/** The reflection projection: periods with figures, and the sessions when the server lists them. */
type ReflectionReply =
  | readonly ReflectionPeriod[]
  | { readonly periods: readonly ReflectionPeriod[]; readonly sessions?: readonly ReflectionSession[] }

const periodsOf = (r: ReflectionReply) => ('periods' in r ? r.periods : (r as readonly ReflectionPeriod[]))
const sessionsOf = (r: ReflectionReply) => ('periods' in r ? (r.sessions ?? []) : [])

/** Reflectietijd: protected reflection per period (R9), plan a session, record it as held. */
export class ReflectionScreen extends LitElement {
  static override styles = [sharedStyles]
  readonly #services = new Services(this)
  readonly #reflection = new ProjectionController<ReflectionReply>(this, this.#services, 'reflection')

  override render() {
    const { t, lang } = this.#services.i18n
    return html`<h1>${t.reflectionTitle}</h1>
      <p class="muted">${t.reflectionIntro}</p>
      ${renderLoaded(this.#reflection, t, (reply) => {
        const periods = periodsOf(reply)
        const current = periods.at(-1)
        const members = current?.members ?? []
        const names = nameMap(members)
        const sessions = sessionsOf(reply)
        return html`${[...periods]
          .reverse()
          .slice(0, 3)
          .map((p) => html`<tandem-reflection-table .period=${p}></tandem-reflection-table>`)}
          <tandem-plan-session-form .members=${members}></tandem-plan-session-form>
          ${
            sessions.length === 0
              ? nothing
              : html`<h2>${t.sessions}</h2>
                <ul>
                  ${sessions.map(
                    (s) => html`<li>
                      ${t.reflectionKinds[s.kind] ?? s.kind}, ${formatDate(lang, s.on)}, ${formatNumber(lang, s.hours)} ${t.hours.toLowerCase()}
                      — <span class="badge">${t.sessionStatus[s.status]}</span>
                      ${s.status === 'planned' ? html`<tandem-hold-session-form .session=${s} .names=${names}></tandem-hold-session-form>` : nothing}
                    </li>`,
                  )}
                </ul>`
          }`
      })}`
  }
}
customElements.define('tandem-reflection-screen', ReflectionScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-reflection-screen': ReflectionScreen
  }
}
