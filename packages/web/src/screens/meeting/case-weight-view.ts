import { html, LitElement, nothing } from 'lit'
import type { CaseDetail } from '../../api/types-planning.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatNumber } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

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
    if (!detail) return nothing
    const { t } = this.#services.i18n
    const w = detail.weight
    const members = [
      ...(detail.regisseur ? [{ ...detail.regisseur, role: 'regisseur' }] : []),
      ...(detail.members ?? []),
    ]
    return html`<section aria-labelledby="weight-h">
      <h3 id="weight-h">${t.weightExplained}</h3>
      ${w && w.assessed !== false ? this.#weightTable(w) : html`<p class="muted">${t.notAssessedYet}</p>`}
      ${
        detail.needsRegistration === undefined
          ? nothing
          : html`<p class="badge ${detail.needsRegistration ? 'warn' : 'ok'}">
            ${detail.needsRegistration ? t.needsRegistration : t.noRegistrationNeeded}
          </p>`
      }
      ${
        members.length === 0
          ? nothing
          : html`<h4>${t.onThisCase}</h4>
            <ul>
              ${members.map(
                (m) =>
                  html`<li>${m.name ?? m.professionalId} — ${t.caseRoles[m.role] ?? m.role}${m.registration ? html`, ${t.registrationStatus[m.registration.status] ?? m.registration.status}` : nothing}</li>`,
              )}
            </ul>`
      }
    </section>`
  }

  #weightTable(w: NonNullable<CaseDetail['weight']>) {
    const { t, lang } = this.#services.i18n
    return html`<table>
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
      </table>`
  }
}
customElements.define('tandem-case-weight-view', CaseWeightView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-case-weight-view': CaseWeightView
  }
}
