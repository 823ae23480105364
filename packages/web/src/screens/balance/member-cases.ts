import { html, LitElement, nothing } from 'lit'
import type { LoadPart, MemberBalance } from '../../api/types.ts'
import { Services } from '../../controllers/services.ts'
import { formatNumber } from '../../i18n/language.ts'
import { componentStyles } from '../../ui/component-styles.ts'
import { table } from '../../ui/table.ts'

/** The cases behind each bar: reference, role, weight × factor = points, as the domain computed them. */
export class MemberCases extends LitElement {
  static override properties = { members: { attribute: false } }
  static override styles = [componentStyles]

  declare members: readonly MemberBalance[]
  readonly #services = new Services(this)

  constructor() {
    super()
    this.members = []
  }

  override render() {
    const { t, lang } = this.#services.i18n
    return html`<h2 class="utrecht-heading-2">${t.casesBehind}</h2>
      ${this.members.map((m) => {
        const c = m.capacity
        return html`<details class="tandem-disclosure">
          <summary>${t.memberCasesSummary(m.name, formatNumber(lang, m.load.points), m.load.parts.length)}</summary>
          ${table<LoadPart>({
            rows: m.load.parts,
            label: m.name,
            columns: [
              { label: t.caseRef, rowHeader: true, cell: (p) => p.reference },
              { label: t.role, cell: (p) => t.caseRoles[p.role] ?? p.role },
              { label: t.weight, num: true, cell: (p) => formatNumber(lang, p.weight) },
              { label: t.factor, num: true, cell: (p) => `× ${formatNumber(lang, p.factor, 2)}` },
              { label: t.pointsColumn, num: true, cell: (p) => formatNumber(lang, p.points, 2) },
            ],
          })}
          <p class="utrecht-paragraph tandem-muted">
            ${t.capacity}: ${t.hoursPerWeek(formatNumber(lang, c.contractHours))} → ${formatNumber(lang, c.fte, 2)} fte ×
            ${t.pointsPerFteOf(formatNumber(lang, c.pointsPerFte))}
            ${c.starterFactor !== 1 ? html`× ${formatNumber(lang, c.starterFactor, 2)} (${t.starter})` : nothing}
            ${c.presentShare !== 1 ? html`× ${formatNumber(lang, c.presentShare, 2)} (${t.presentShare})` : nothing}
            = ${t.pointsOf(formatNumber(lang, c.points), c.points)}
          </p>
        </details>`
      })}`
  }
}
customElements.define('tandem-member-cases', MemberCases)

declare global {
  interface HTMLElementTagNameMap {
    'tandem-member-cases': MemberCases
  }
}
