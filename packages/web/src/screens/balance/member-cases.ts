import { html, LitElement } from 'lit'
import type { MemberBalance } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { formatNumber } from '../../i18n/language.ts'
import { sharedStyles } from '../../ui/shared-styles.ts'

/** The cases behind each bar: reference, role, weight × factor = points, as the domain computed them. */
export class MemberCases extends LitElement {
  static override properties = { members: { attribute: false } }
  static override styles = [sharedStyles]

  declare members: readonly MemberBalance[]
  readonly #services = new Services(this)

  constructor() {
    super()
    this.members = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    return html`<h2>${t.casesBehind}</h2>
      ${this.members.map(
        (m) => html`<details>
          <summary>
            ${m.name} — ${formatNumber(lang, m.load.points)} ${t.points} (${m.load.parts.length})
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">${t.caseRef}</th>
                <th scope="col">${t.role}</th>
                <th scope="col" class="num">${t.weight}</th>
                <th scope="col" class="num">${t.factor}</th>
                <th scope="col" class="num">${t.points}</th>
              </tr>
            </thead>
            <tbody>
              ${m.load.parts.map(
                (p) => html`<tr>
                  <td>${p.reference}</td>
                  <td>${t.caseRoles[p.role] ?? p.role}</td>
                  <td class="num">${formatNumber(lang, p.weight)}</td>
                  <td class="num">× ${formatNumber(lang, p.factor, 2)}</td>
                  <td class="num">${formatNumber(lang, p.points, 2)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <p class="muted">
            ${t.capacity}: ${formatNumber(lang, m.capacity.contractHours)} h → ${formatNumber(lang, m.capacity.fte, 2)} fte ×
            ${formatNumber(lang, m.capacity.pointsPerFte)}
            ${m.capacity.starterFactor !== 1 ? html`× ${formatNumber(lang, m.capacity.starterFactor, 2)}` : null}
            ${m.capacity.presentShare !== 1 ? html`× ${formatNumber(lang, m.capacity.presentShare, 2)}` : null}
            = ${formatNumber(lang, m.capacity.points)} ${t.points}
          </p>
        </details>`,
      )}`
  }
}
customElements.define('tandem-member-cases', MemberCases)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-member-cases': MemberCases
  }
}
