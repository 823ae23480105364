import { html, LitElement } from 'lit'
import type { ReflectionPeriod } from '../../api/types.ts'
import type { PlannedSession } from '../../api/types-planning.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { renderLoaded } from '../../ui/render-loaded.ts'
import './session-list.ts'
import './plan-session-form.ts'
import './reflection-table.ts'

/** The reflection projection: periods with figures, and the sessions when the server lists them. */
type ReflectionReply =
  | readonly ReflectionPeriod[]
  | { readonly periods: readonly ReflectionPeriod[]; readonly planned?: readonly PlannedSession[] }

const periodsOf = (r: ReflectionReply) => ('periods' in r ? r.periods : (r as readonly ReflectionPeriod[]))
const sessionsOf = (r: ReflectionReply) => ('periods' in r ? (r.planned ?? []) : [])

/** Reflectietijd: protected reflection per period (R9), plan a session, record it as held. */
export class ReflectionScreen extends LitElement {
  static override styles = [componentStyles]
  readonly #services = new Services(this)
  readonly #reflection = new ProjectionController<ReflectionReply>(this, this.#services, 'reflection')

  override render() {
    const { t } = this.#services.i18n
    return html`<h1 class="utrecht-heading-1">${t.reflectionTitle}</h1>
      <p class="utrecht-paragraph tandem-muted">${t.reflectionIntro}</p>
      ${renderLoaded(this.#reflection, t, (reply) => {
        const periods = periodsOf(reply)
        const current = periods.at(-1)
        const members = current?.members ?? []
        const sessions = sessionsOf(reply)
        return html`${[...periods]
          .reverse()
          .slice(0, 3)
          .map(
            // The report ends with the period that holds today: that one still runs.
            (p, i) =>
              html`<tandem-reflection-table .period=${p} ?running=${i === 0}></tandem-reflection-table>`,
          )}
          <tandem-plan-session-form .members=${members}></tandem-plan-session-form>
          <tandem-session-list .sessions=${sessions}></tandem-session-list>`
      })}`
  }
}
customElements.define('tandem-reflection-screen', ReflectionScreen)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-reflection-screen': ReflectionScreen
  }
}
