import { html, LitElement, nothing } from 'lit'
import type { CaseWeight, Indicators } from '../../api/types.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatNumber } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

interface CaseDetail {
  readonly reference?: string
  readonly weight?: CaseWeight
  readonly needsRegistration?: boolean
  readonly indicators?: Indicators
}

/**
 * Why the case weighs what it weighs, part by part, exactly as the domain's weight function
 * explains it (`GET /api/teams/:teamId/cases/:caseId`). The browser adds nothing up itself.
 */
export class CaseWeightView extends LitElement {
  static override properties = { caseId: {} }
  static override styles = [sharedStyles]

  declare caseId: string
  readonly #services = new Services(this)
  readonly #case = new ProjectionController<CaseDetail>(
    this,
    this.#services,
    () => `cases/${encodeURIComponent(this.caseId)}`,
  )

  constructor() {
    super()
    this.caseId = ''
  }

  override render() {
    const detail = this.#case.value
    if (!detail?.weight) return nothing
    const { t, lang } = this.#services.i18n
    const w = detail.weight
    return html`<section aria-labelledby="weight-h">
      <h3 id="weight-h">${t.weightExplained}</h3>
      <table>
        <tbody>
          ${w.parts.map(
            (p) => html`<tr>
              <td>${p.kind === 'intensity' ? `${t.intensityLabel}: ${t.intensity[p.intensity]}` : t.indicators[p.indicator]}</td>
              <td class="num">+ ${formatNumber(lang, p.points)}</td>
            </tr>`,
          )}
          <tr>
            <th scope="row">${t.weight}</th>
            <td class="num"><strong>${formatNumber(lang, w.points)}</strong></td>
          </tr>
        </tbody>
      </table>
      ${
        detail.needsRegistration === undefined
          ? nothing
          : html`<p class="badge ${detail.needsRegistration ? 'warn' : 'ok'}">
            ${detail.needsRegistration ? t.needsRegistration : t.noRegistrationNeeded}
          </p>`
      }
    </section>`
  }
}
customElements.define('tandem-case-weight-view', CaseWeightView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-case-weight-view': CaseWeightView
  }
}
