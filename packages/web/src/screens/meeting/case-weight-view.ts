import { html, LitElement, nothing } from 'lit'
import type { CaseDetail } from '../../api/types-planning.ts'
import { ProjectionController } from '../../controllers/projection.ts'
import { Services } from '../../controllers/services.ts'
import { formatNumber } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { badge } from '../../ui/feedback.ts'

/**
 * Why the case weighs what it weighs, part by part, exactly as the domain's weight function
 * explains it (`GET /api/teams/:teamId/cases/:caseId`). The browser adds nothing up itself.
 */
export class CaseWeightView extends LitElement {
  static override properties = { caseId: {} }
  static override styles = [componentStyles]

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
      <h3 class="utrecht-heading-3" id="weight-h">${t.weightExplained}</h3>
      ${w && w.assessed !== false ? this.#weightTable(w) : html`<p class="utrecht-paragraph tandem-muted">${t.notAssessedYet}</p>`}
      ${
        detail.needsRegistration === undefined
          ? nothing
          : html`<p class="utrecht-paragraph">
            ${badge(detail.needsRegistration ? t.needsRegistrationShort : t.noRegistrationNeededShort, detail.needsRegistration ? 'warning' : 'ok')}
            ${detail.needsRegistration ? t.needsRegistration : t.noRegistrationNeeded}
          </p>`
      }
      ${
        members.length === 0
          ? nothing
          : html`<h4 class="utrecht-heading-4">${t.onThisCase}</h4>
            <ul class="utrecht-unordered-list">
              ${members.map(
                (m) =>
                  html`<li class="utrecht-unordered-list__item">${m.name ?? m.professionalId} — ${t.caseRoles[m.role] ?? m.role}${m.registration ? html`, ${t.registrationStatus[m.registration.status] ?? m.registration.status}` : nothing}</li>`,
              )}
            </ul>`
      }
    </section>`
  }

  #weightTable(w: NonNullable<CaseDetail['weight']>) {
    const { t, lang } = this.#services.i18n
    // Two short columns fit a phone: this table never needs to stack.
    return html`<div class="tandem-table">
      <table class="utrecht-table utrecht-table--html-table">
        <thead>
          <tr>
            <th scope="col">${t.weightPart}</th>
            <th scope="col" class="tandem-num">${t.pointsColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${w.parts.map(
            (p) => html`<tr>
              <td>${p.kind === 'intensity' ? `${t.intensityLabel}: ${t.intensity[p.intensity]}` : t.indicators[p.indicator]}</td>
              <td class="tandem-num">+ ${formatNumber(lang, p.points)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t.weight}</th>
            <td class="tandem-num"><strong>${t.pointsOf(formatNumber(lang, w.points), w.points)}</strong></td>
          </tr>
        </tfoot>
      </table>
    </div>`
  }
}
customElements.define('tandem-case-weight-view', CaseWeightView)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-case-weight-view': CaseWeightView
  }
}
